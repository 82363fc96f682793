WITH <other> AS other
RETURN date(<expression>) AS result
