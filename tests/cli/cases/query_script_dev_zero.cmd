query /dev/zero -e 'RETURN 1'
