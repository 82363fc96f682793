CALL test.my.proc('Dobby')
