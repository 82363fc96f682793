// A misspelt keyword: the error names the keyword it looks like.
MATCH (p:Person) RETRUN p.name;
