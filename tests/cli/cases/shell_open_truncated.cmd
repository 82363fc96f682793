shell people.cypher
#setup "$ANNALS" query people.cypher --save "$SCRATCH/people.annals" >/dev/null 2>&1
#setup head -c 20 "$SCRATCH/people.annals" >"$SCRATCH/truncated.annals"
