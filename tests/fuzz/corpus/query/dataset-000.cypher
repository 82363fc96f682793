CREATE REL TABLE EXECUTED(FROM Faction TO Person, date DATE, place STRING, note STRING, source STRING, lines INT64[]);
