CREATE ({name: 'Apa'})
