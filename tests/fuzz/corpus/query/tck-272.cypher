UNWIND range(1, 3) AS i
CREATE ({nr: i})
