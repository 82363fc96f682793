MERGE (test:L:B {num: 42})
RETURN labels(test) AS labels
