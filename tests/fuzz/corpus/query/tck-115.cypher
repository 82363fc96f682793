WITH date({year: 1984, month: 10, day: 11}) AS d
RETURN toString(d) AS ts, date(toString(d)) = d AS b
