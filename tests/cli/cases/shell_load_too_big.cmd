shell
#setup truncate -s 300M "$SCRATCH/huge.cypher"
