CREATE REL TABLE TAKEN_PRISONER(FROM Person TO Faction, date DATE, place STRING, battle STRING, escaped BOOL, note STRING, source STRING, lines INT64[]);
