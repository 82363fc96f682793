export people.cypher --to csv --dialect kuzu -o $SCRATCH/out
#show out/manifest.tsv out/schema.cypher out/copy.cypher out/nodes_Person.csv out/nodes_Battle.csv out/rels_COMMANDED.csv
