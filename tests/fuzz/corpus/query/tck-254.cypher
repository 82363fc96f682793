CREATE ()-[:REL {existing: 42, missing: null}]->()
