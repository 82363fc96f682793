query people.cypher --format csv -e "PROFILE MATCH (p:Person) RETURN count(*) AS people"
#mask s/time: [0-9]+ us/time: T us/g
