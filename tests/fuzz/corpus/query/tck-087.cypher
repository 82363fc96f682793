MATCH (me: Person)--(you: Person)
RETURN me.age + count(you.age)
