CALL test.my.proc(true) YIELD out
RETURN out
