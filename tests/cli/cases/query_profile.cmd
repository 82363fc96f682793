query people.cypher -e "PROFILE MATCH (p:Person) RETURN count(*) AS people"
#mask s/time: [0-9]+ us/time: T us/g
