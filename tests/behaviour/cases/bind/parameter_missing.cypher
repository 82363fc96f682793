RETURN $who;
