CREATE (a)@@repeat 10000 -[:E]->()@@
