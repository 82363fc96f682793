export $SCRATCH/big.cypher --to csv -o $SCRATCH/csv
#file-size-limit 16
#setup printf 'UNWIND range(1, 2000) AS i CREATE (:Note {i: i, text: "a line of text that fills the disk"});\n' >"$SCRATCH/big.cypher"
#setup "$ANNALS" export people.cypher --to csv -o "$SCRATCH/csv" 2>/dev/null
#show csv/manifest.tsv
