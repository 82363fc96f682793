// commits: 1
CREATE NODE TABLE Big(id UINT64, PRIMARY KEY(id)); CREATE (:Big {id: -1})
