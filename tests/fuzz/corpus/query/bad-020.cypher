CREATE ()-[:E]-()
