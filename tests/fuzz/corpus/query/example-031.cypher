// Question: How many factions does the dataset place in each camp?
MATCH (f:Faction)
WHERE f.camp = 'Republican' OR f.camp = 'Interventionist'
RETURN f.camp AS camp, count(*) AS factions
ORDER BY camp;
