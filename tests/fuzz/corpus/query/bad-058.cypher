MERGE (n:Note {text: null}) RETURN n
