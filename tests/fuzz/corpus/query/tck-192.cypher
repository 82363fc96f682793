MATCH (a)
RETURN a AS ColumnName
