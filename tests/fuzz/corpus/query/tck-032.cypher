CREATE ({name: 'A'}),
       ({name: 'A'}),
       ({name: 'B'}),
       ({name: 'C'}),
       ({name: 'C'})
