MATCH (:Root {name: 'x'})-->(i)
WITH i
WHERE i.var > 'te' OR i.var IS NOT NULL
RETURN i
