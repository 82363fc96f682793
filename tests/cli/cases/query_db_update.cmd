query --db $SCRATCH/cities.annals -e 'MATCH (c:City) RETURN c.name AS city ORDER BY city'
#setup "$ANNALS" query --db "$SCRATCH/cities.annals" -e "CREATE NODE TABLE City(name STRING, PRIMARY KEY(name))" --save "$SCRATCH/cities.annals" >/dev/null 2>&1
#setup "$ANNALS" query --db "$SCRATCH/cities.annals" -e "CREATE (:City {name: 'Puebla'}), (:City {name: 'Orizaba'})" --save "$SCRATCH/cities.annals" >/dev/null 2>&1
