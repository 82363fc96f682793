CREATE ({id: 1337, version: 99})
