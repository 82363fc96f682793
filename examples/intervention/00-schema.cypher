// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Schema. Every table carries source (section path) and lines (line numbers).

CREATE NODE TABLE Faction(name STRING, aliases STRING[], kind STRING, camp STRING, strength INT64, strength_note STRING, casualties INT64, casualty_note STRING, members INT64, founded DATE, dissolved DATE, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));
CREATE NODE TABLE Person(name STRING, aliases STRING[], nationality STRING, role STRING, born DATE, died DATE, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));
CREATE NODE TABLE Place(name STRING, aliases STRING[], kind STRING, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, aliases STRING[], kind STRING, start DATE, end DATE, result STRING, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));
CREATE NODE TABLE Treaty(name STRING, aliases STRING[], kind STRING, date DATE, ended DATE, amount_usd INT64, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));

CREATE REL TABLE MEMBER_OF(FROM Person TO Faction, role STRING, since DATE, until DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE DEFECTED_TO(FROM Person TO Faction, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE LED(FROM Person TO Faction, role STRING, since DATE, until DATE, as_of DATE, strength INT64, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE PART_OF(FROM Faction TO Faction, since DATE, until DATE, as_of DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING, role STRING, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE FOUGHT_IN(FROM Faction TO Battle, result STRING, strength INT64, strength_note STRING, casualties INT64, killed INT64, wounded INT64, prisoners INT64, casualty_note STRING, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE TOOK_PLACE_AT(FROM Battle TO Place, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE CAPTURED(FROM Faction TO Place, FROM Person TO Place, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE EVACUATED(FROM Faction TO Place, FROM Person TO Place, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE KILLED_IN(FROM Person TO Battle, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE EXECUTED(FROM Faction TO Person, date DATE, place STRING, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE TAKEN_PRISONER(FROM Person TO Faction, date DATE, place STRING, battle STRING, escaped BOOL, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE RECOGNIZED(FROM Faction TO Faction, date DATE, seq INT64, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE REFUSED_TO_RECOGNIZE(FROM Faction TO Faction, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE PARTY_TO(FROM Faction TO Treaty, role STRING, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE SIGNED(FROM Person TO Treaty, role STRING, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE ISSUED(FROM Person TO Treaty, date DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE ALLIED_WITH(FROM Faction TO Faction, since DATE, until DATE, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE SUPPORTED(FROM Faction TO Faction, FROM Person TO Faction, kind STRING, since DATE, until DATE, strength INT64, quantity INT64, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE SEAT_OF_GOVERNMENT(FROM Faction TO Place, since DATE, until DATE, seq INT64, note STRING, source STRING, lines INT64[]);
CREATE REL TABLE LOCATED_IN(FROM Place TO Place, note STRING, source STRING, lines INT64[]);
