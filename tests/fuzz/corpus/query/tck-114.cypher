MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo
