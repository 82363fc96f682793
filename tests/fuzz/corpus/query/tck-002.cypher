CREATE (), (), ()
