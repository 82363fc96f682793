query --db $SCRATCH/people.annals -e 'MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN p.name AS name, b.name AS battle ORDER BY name'
#setup "$ANNALS" query people.cypher --save "$SCRATCH/people.annals" >/dev/null 2>&1
