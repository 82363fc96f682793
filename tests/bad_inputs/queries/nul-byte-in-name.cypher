MATCH (n:`a@@hex 00@@b`) RETURN count(n) AS n
