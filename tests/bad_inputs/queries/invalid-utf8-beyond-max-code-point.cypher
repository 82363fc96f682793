RETURN '@@hex F4 90 80 80@@' AS s
