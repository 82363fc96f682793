query -e 'RETURN $x AS x' --format vertical
