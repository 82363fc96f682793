MATCH (v:Val)
WITH v.date AS d
RETURN d.hour, d.minute, d.second, d.millisecond, d.microsecond, d.nanosecond
