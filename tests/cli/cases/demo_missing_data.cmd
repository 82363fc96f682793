demo --data no_such_dir
