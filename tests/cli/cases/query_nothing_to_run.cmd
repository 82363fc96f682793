query --db $SCRATCH/people.annals
