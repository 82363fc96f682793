query -e 'RETURN $x AS x' --param "x=$(printf '[%.0s' {1..18000})"
