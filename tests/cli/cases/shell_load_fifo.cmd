shell
#setup mkfifo "$SCRATCH/fifo"
