UNWIND [{list: [2], fixed: true},
        {list: [6], fixed: true},
        {list: [7], fixed: true},
        {list: [1, 2, 3, 4, 5, 6, 7, 8, 9], fixed: false}] AS input
WITH CASE WHEN input.fixed THEN input.list ELSE null END AS fixedList,
     CASE WHEN NOT input.fixed THEN input.list ELSE [1] END AS inputList
UNWIND inputList AS x
WITH fixedList, inputList, x, [ y IN inputList WHERE rand() > 0.5 | y] AS list
WITH fixedList, inputList, CASE WHEN rand() < 0.5 THEN reverse(list) ELSE list END + x AS list
UNWIND inputList AS x
WITH fixedList, inputList, x, [ y IN inputList WHERE rand() > 0.5 | y] AS list
WITH fixedList, inputList, CASE WHEN rand() < 0.5 THEN reverse(list) ELSE list END + x AS list
UNWIND inputList AS x
WITH fixedList, inputList, x, [ y IN inputList WHERE rand() > 0.5 | y] AS list
WITH fixedList, inputList, CASE WHEN rand() < 0.5 THEN reverse(list) ELSE list END + x AS list
WITH coalesce(fixedList, list) AS list
WITH single(x IN list WHERE <predicate>) = (size([x IN list WHERE <predicate> | x]) = 1) AS result, count(*) AS cnt
RETURN result
