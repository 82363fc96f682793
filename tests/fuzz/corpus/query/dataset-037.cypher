CREATE REL TABLE EVACUATED(FROM Faction TO Place, FROM Person TO Place, date DATE, note STRING, source STRING, lines INT64[]);
