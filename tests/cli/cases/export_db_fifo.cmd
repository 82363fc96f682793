export --db $SCRATCH/fifo --to dot -o -
#setup mkfifo "$SCRATCH/fifo"
