shell --db $SCRATCH/new.annals
