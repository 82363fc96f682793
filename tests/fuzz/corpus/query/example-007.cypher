// Question: Which states or bodies refused to recognize the Second Mexican Empire, and which of them also declared support for the Republic?
MATCH (s:Faction)-[:REFUSED_TO_RECOGNIZE]->(:Faction {name: 'Second Mexican Empire'})
OPTIONAL MATCH (s)-[sup:SUPPORTED]->(:Faction {name: 'Mexican Republic'})
RETURN s.name AS state, count(sup) AS support_records
ORDER BY state;
