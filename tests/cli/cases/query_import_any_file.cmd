query --import-any-file -e "COPY Note FROM '$SCRATCH/notes.csv'"
#setup printf 'text\nanywhere\n' >"$SCRATCH/notes.csv"
