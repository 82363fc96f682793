CREATE ()-[:KNOWS]->()
