RETURN $nope AS x
