CALL test.my.proc(true)
