shell --limit max_memory=2GB people.cypher
