RETURN '@@hex ED A0 80@@' AS s
