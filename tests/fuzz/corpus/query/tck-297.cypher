RETURN date(<map>) AS result
