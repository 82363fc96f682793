RETURN toUpperCase('a');
