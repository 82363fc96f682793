MATCH ()-[r:OPPOSED]->() SET r.battle = 1
