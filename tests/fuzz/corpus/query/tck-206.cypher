CREATE ({name: 'A'}),
       ({name: 'B'}),
       ({name: 'C'})
