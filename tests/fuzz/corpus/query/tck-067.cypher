MATCH (n)
RETURN n.num AS prop
ORDER BY n.num
