query -e 'RETURN 1 AS one' --max-width -5
