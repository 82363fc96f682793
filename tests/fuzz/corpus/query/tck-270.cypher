CREATE (:Year {year: 2016})
