// Question: Who supported the Mexican Republic, and with what kind of help?
MATCH (s)-[r:SUPPORTED]->(f:Faction {name: 'Mexican Republic'})
RETURN r.kind AS kind, s.name AS supporter, toString(r.since) AS since
ORDER BY kind, supporter;
