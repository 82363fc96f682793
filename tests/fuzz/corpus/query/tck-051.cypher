RETURN 'a\\bcn5t\'"\\//\\"\'' AS literal
