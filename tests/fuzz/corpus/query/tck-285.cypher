MATCH p = (n)-[r:T]->()
RETURN [x IN [true, <invalid>] | toBoolean(x) ] AS list
