RETURN 'ab' AS s, '@@hex E6 9D@@
