WITH [1, 2, 3, 4, 5] AS l RETURN l[0], l[-1], l[1..3], [x IN l WHERE x > 2 | x * 10] AS m, head(l), last(l), tail(l)[0], size(l), all(x IN l WHERE x > 0) AS every, single(x IN l WHERE x = 3) AS one;
