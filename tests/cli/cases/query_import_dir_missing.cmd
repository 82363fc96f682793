query --import-dir $SCRATCH/missing -e 'RETURN 1'
