CREATE (:N {i: 0})-[:T]->(:N {i: 1})-[:T]->(:N {i: 2})-[:T]->(:N {i: 3});
MATCH (a:N {i: 0})-[:T*2..3]->(b) RETURN b.i ORDER BY b.i;
