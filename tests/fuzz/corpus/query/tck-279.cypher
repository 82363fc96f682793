RETURN range(<start>, <end>, <step>) AS list
