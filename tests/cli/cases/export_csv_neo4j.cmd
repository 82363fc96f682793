export people.cypher --to csv -o $SCRATCH/out
#show out/manifest.tsv out/import.sh out/nodes_Person.csv out/rels_COMMANDED.csv
