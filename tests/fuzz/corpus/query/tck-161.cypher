CREATE ({name: 'Andres', surname: 'Lopez'})
