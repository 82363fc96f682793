CALL test.my.proc('Stefan', 1) YIELD *
