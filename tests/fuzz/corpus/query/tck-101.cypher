CALL test.my.proc(null)
