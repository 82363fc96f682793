query $SCRATCH/fifo -e 'RETURN 1'
#setup mkfifo "$SCRATCH/fifo"
