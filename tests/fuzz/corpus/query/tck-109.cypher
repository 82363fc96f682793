OPTIONAL MATCH (n)
RETURN n.missing IS NOT NULL,
       n.exists IS NOT NULL
