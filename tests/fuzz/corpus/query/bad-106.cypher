RETURN 1 /* never closed
