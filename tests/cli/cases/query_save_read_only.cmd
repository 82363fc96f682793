query people.cypher --save $SCRATCH/ro.annals
#setup printf 'kept\n' >"$SCRATCH/ro.annals" && chmod 444 "$SCRATCH/ro.annals"
#show ro.annals
