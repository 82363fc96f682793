query no_such_file.cypher -e 'RETURN 1'
