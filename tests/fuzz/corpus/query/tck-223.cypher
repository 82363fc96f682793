RETURN duration.inSeconds(localtime(<lhs>), localtime(<rhs>)) AS duration
