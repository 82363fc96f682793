RETURN <truth1> <op> <truth2> IS <null> AS a,
       <truth1> <op> (<truth2> IS <null>) AS b,
       (<truth1> <op> <truth2>) IS <null> AS c
