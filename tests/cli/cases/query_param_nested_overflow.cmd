query -e 'RETURN $x AS x' --param 'x={"battles": [1862, -1e999]}'
