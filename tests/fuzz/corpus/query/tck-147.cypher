WITH localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123}) AS d
RETURN toString(d) AS ts, localtime(toString(d)) = d AS b
