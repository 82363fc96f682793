MATCH (me: Person)--(you: Person)
RETURN count(you.age) AS agg
ORDER BY me.age + count(you.age)
