CREATE (a {num: 1})
MERGE ({v: a.num})
