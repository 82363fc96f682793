query $SCRATCH/huge.cypher
#setup truncate -s 300M "$SCRATCH/huge.cypher"
