MATCH (n:Person /* a comment, not a label */) RETURN count(n) // and no column name
