MATCH (n) WHERE @@repeat 5000 EXISTS { MATCH (n) WHERE @@true@@repeat 5000  }@@ RETURN count(n)
