shell --timeout 2500 --limit max_result_rows=2 --limit max_intermediate_rows=1000 --limit max_memory=512MB people.cypher
