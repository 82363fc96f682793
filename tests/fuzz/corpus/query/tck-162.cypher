MERGE ({num: null})
