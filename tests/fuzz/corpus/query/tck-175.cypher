WITH $expr AS list, $idx AS idx
RETURN list[idx]
