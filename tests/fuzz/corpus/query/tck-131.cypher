CREATE ({name: 'a'})
