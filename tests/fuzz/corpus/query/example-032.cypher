// Question: Which foreign volunteer and auxiliary corps served the Interventionist side, and how strong were they?
MATCH (f:Faction)
WHERE f.camp = 'Interventionist' AND (f.kind = 'volunteer corps' OR f.kind = 'auxiliary corps' OR f.kind = 'counter-guerrilla corps')
RETURN f.name AS corps, f.kind AS kind, f.strength AS strength, f.casualties AS casualties
ORDER BY corps;
