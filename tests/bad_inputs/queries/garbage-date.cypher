RETURN date('☃') AS d
