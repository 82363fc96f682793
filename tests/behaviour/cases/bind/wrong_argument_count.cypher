RETURN substring('abc');
