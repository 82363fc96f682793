query $SCRATCH/load.cypher --import-dir $SCRATCH/import -e 'MATCH (n:Note) RETURN n.text AS text'
#setup mkdir "$SCRATCH/import" && printf 'text\nloaded\n' >"$SCRATCH/import/notes.csv" && printf "COPY Note FROM 'notes.csv';\n" >"$SCRATCH/load.cypher"
