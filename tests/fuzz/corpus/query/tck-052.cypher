MATCH p = (a:Start)-->(b)
RETURN *
