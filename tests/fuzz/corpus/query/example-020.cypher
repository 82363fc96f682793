// Question: Where does the text report the execution of Maximilian?
MATCH (f:Faction)-[e:EXECUTED]->(p:Person {name: 'Maximilian I'})
RETURN f.name AS executed_by, e.source AS section, size(e.lines) AS cited_lines, cite(e) AS citation
ORDER BY executed_by;
