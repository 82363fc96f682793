// Question: How many agreements, decrees and other documents of each kind does the text mention?
MATCH (t:Treaty)
RETURN t.kind AS kind, count(*) AS documents
ORDER BY documents DESC, kind;
