CREATE ()-[:E|F]->()
