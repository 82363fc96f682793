query -e 'RETURN $x AS x' --param x=1e400
