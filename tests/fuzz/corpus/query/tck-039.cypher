RETURN [2E-01, ', as#?lßdj ', null, 71034856, false] AS literal
