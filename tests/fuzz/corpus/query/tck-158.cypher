CREATE ({color: ['red']})
CREATE ({color: ['blue']})
CREATE ({color: ['red']})
