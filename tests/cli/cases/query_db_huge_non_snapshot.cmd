query --db $SCRATCH/big.annals -e 'RETURN 1'
#setup truncate -s 3G "$SCRATCH/big.annals"
