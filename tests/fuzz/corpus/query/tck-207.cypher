CREATE (:Val {date: date({year: 1984, month: 10, day: 11})})
