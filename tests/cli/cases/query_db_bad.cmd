query --db $SCRATCH/garbage.annals -e 'RETURN 1 AS one'
#setup printf 'garbage' >"$SCRATCH/garbage.annals"
