query people.cypher bad_script.cypher -e 'RETURN 1'
