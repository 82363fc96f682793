shell
#setup printf 'CREATE (:Person {name: "not a snapshot"});\n' >"$SCRATCH/garbage.annals"
