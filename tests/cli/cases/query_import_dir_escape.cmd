query $SCRATCH/load.cypher --import-dir $SCRATCH/import
#setup mkdir "$SCRATCH/import" && printf "COPY Note FROM '../load.cypher';\n" >"$SCRATCH/load.cypher"
