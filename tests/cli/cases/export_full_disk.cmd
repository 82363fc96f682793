export $SCRATCH/big.cypher --to cypher -o $SCRATCH/out.cypher
#file-size-limit 16
#setup printf 'UNWIND range(1, 2000) AS i CREATE (:Note {i: i, text: "a line of text that fills the disk"});\n' >"$SCRATCH/big.cypher"
#setup printf 'old export\n' >"$SCRATCH/out.cypher"
#show out.cypher
