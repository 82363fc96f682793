// commits: 1
CREATE NODE TABLE Small(id INT64, v INT8, PRIMARY KEY(id)); CREATE (:Small {id: 1, v: 200})
