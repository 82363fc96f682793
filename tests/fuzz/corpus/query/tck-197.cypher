CREATE ()-[:R]->()
