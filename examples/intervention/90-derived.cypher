// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Derived relationship types, computed from the stored ones when queried.

// FOUGHT_AGAINST: two commanders in the same engagement whose sides belong to opposite camps.
// Wars (Battle.kind = 'war') are left out: the infobox lists commanders for the whole war, not for one
// engagement. SYMMETRIC: one relationship per pair of opponents and engagement, matched from either
// commander. Each cites the facts it comes from (cite(f)): both COMMANDED records, the engagement,
// the two commanders and their factions.
CREATE DERIVED REL TABLE FOUGHT_AGAINST(FROM Person TO Person, SYMMETRIC) AS MATCH (a:Person)-[c1:COMMANDED]->(b:Battle)<-[c2:COMMANDED]-(o:Person), (f1:Faction), (f2:Faction) WHERE f1.name = c1.side AND f2.name = c2.side AND f1.camp <> f2.camp AND b.kind <> 'war' RETURN a, o, b.name AS battle, b.start AS date;

// ALLY_OF: two factions of the same camp fighting in the same engagement (wars left out); SYMMETRIC too.
CREATE DERIVED REL TABLE ALLY_OF(FROM Faction TO Faction, SYMMETRIC) AS MATCH (f1:Faction)-[r1:FOUGHT_IN]->(b:Battle)<-[r2:FOUGHT_IN]-(f2:Faction) WHERE f1.camp = f2.camp AND f1.name <> f2.name AND b.kind <> 'war' RETURN f1, f2, b.name AS battle, b.start AS date;
