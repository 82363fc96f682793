CREATE ()-[:T {id: 42}]->()
