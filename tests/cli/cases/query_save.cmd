query people.cypher -e 'MATCH (p:Person) RETURN count(*) AS people' --save $SCRATCH/people.annals
