// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Diplomacy: recognition, agreements and decrees, alliances, support, seats of government.

// ======== RECOGNIZED (20) ========
// -- Background > Multinational intervention
// year from context: January 1862
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:RECOGNIZED {date: date('1862-01-23'), note: 'through the agreement ratified on 23 January 1862', source: 'Background > Multinational intervention', lines: [34]}]->(b);
// year from context: January 1862
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:RECOGNIZED {date: date('1862-01-23'), note: 'through the agreement ratified on 23 January 1862', source: 'Background > Multinational intervention', lines: [34]}]->(b);
// year from context: January 1862
MATCH (a:Faction {name: 'United Kingdom'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:RECOGNIZED {date: date('1862-01-23'), note: 'through the agreement ratified on 23 January 1862', source: 'Background > Multinational intervention', lines: [34]}]->(b);
// -- Introduction
MATCH (a:Faction {name: 'United States'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:RECOGNIZED {note: 'never withdrawn, even during the American Civil War', source: 'Introduction', lines: [20]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:RECOGNIZED {note: 'one of the late recognizers of Isabel II as Spanish queen', source: 'Background > Multinational intervention', lines: [38]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 1, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 2, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Belgium'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 3, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Prussia'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 4, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Portugal'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 5, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 6, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Russia'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 7, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Netherlands'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 8, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Switzerland'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 9, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 10, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Ottoman Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {seq: 11, note: 'European recognitions in the order the text lists them', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Papal States'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Kingdom of Italy'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {note: 'to keep on good terms with France and press Austria', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
MATCH (a:Faction {name: 'Guatemala'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {note: 'under its conservative president Rafael Carrera', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Empire of Brazil'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:RECOGNIZED {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);

// ======== REFUSED_TO_RECOGNIZE (15) ========
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'United States'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Honduras'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Nicaragua'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Costa Rica'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'El Salvador'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Chile'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Bolivia'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Colombia'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Venezuela'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Ecuador'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Peru'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Uruguay'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Argentina'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Faction {name: 'United States Congress'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {date: date('1864-04-04'), note: 'joint resolution against acknowledging a monarchy set up under European auspices', source: 'U.S. diplomacy and involvement', lines: [267]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Faction {name: 'Kingdom of Italy'}) CREATE (a)-[:REFUSED_TO_RECOGNIZE {note: 'had not yet recognized Italy', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);

// ======== PARTY_TO (37) ========
// -- Background > Multinational intervention
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Debt moratorium of July 1861'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Expulsion of the Spanish diplomats'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Expulsion of the Spanish diplomats'}) CREATE (a)-[:PARTY_TO {role: 'target', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Convention of London'}) CREATE (a)-[:PARTY_TO {role: 'signatory', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'Convention of London'}) CREATE (a)-[:PARTY_TO {role: 'signatory', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Treaty {name: 'Convention of London'}) CREATE (a)-[:PARTY_TO {role: 'signatory', note: 'joined reluctantly', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Bill of claims of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'claimant', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Allied agreements at Orizaba'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [36]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'Bill of claims of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'claimant', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'Allied agreements at Orizaba'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [36]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Treaty {name: 'Bill of claims of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'claimant', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Treaty {name: 'Allied agreements at Orizaba'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [36]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Bill of claims of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'recipient', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Treaty {name: 'Veracruz customs arrangement'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [36]}]->(b);
MATCH (a:Faction {name: 'United Kingdom'}), (b:Treaty {name: 'Veracruz customs arrangement'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'Background > Multinational intervention', lines: [36]}]->(b);
// -- French invasion
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'French proclamation of 16 April 1862'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'French invasion', lines: [42]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'Mexican Congress'}), (b:Treaty {name: 'Emergency powers for Juárez'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]}]->(b);
MATCH (a:Faction {name: 'Assembly of Notables'}), (b:Treaty {name: 'Resolution of the Assembly of Notables'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// -- Republican counteroffensive
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Republican message to Maximilian'}) CREATE (a)-[:PARTY_TO {role: 'sender', source: 'Republican counteroffensive', lines: [135]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'New York loan of 1865'}) CREATE (a)-[:PARTY_TO {role: 'borrower', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [151]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Treaty {name: 'Black Decree'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [153]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'French withdrawal announcement of January 1866'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]}]->(b);
MATCH (a:Faction {name: 'United States'}), (b:Treaty {name: 'French withdrawal announcement of January 1866'}) CREATE (a)-[:PARTY_TO {role: 'addressee', note: 'the US had demanded an unconditional withdrawal', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Faction {name: 'French Empire'}), (b:Treaty {name: 'Full French withdrawal announcement of December 1866'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [209]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Treaty {name: 'Division into three military districts'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Execution of Maximilian
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Court-martial sentence on Maximilian'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [246]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Faction {name: 'United States'}), (b:Treaty {name: 'McLane–Ocampo Treaty'}) CREATE (a)-[:PARTY_TO {role: 'party', note: 'not ratified by the Senate', source: 'U.S. diplomacy and involvement', lines: [261]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'McLane–Ocampo Treaty'}) CREATE (a)-[:PARTY_TO {role: 'party', source: 'U.S. diplomacy and involvement', lines: [261]}]->(b);
MATCH (a:Faction {name: 'United States Congress'}), (b:Treaty {name: 'Joint resolution of 4 April 1864'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'U.S. diplomacy and involvement', lines: [267]}]->(b);
MATCH (a:Faction {name: 'United States'}), (b:Treaty {name: 'Hampton Roads Conference'}) CREATE (a)-[:PARTY_TO {role: 'participant (Union)', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);
// the text speaks of north–south representatives; the Confederacy is the southern party
MATCH (a:Faction {name: 'Confederate States of America'}), (b:Treaty {name: 'Hampton Roads Conference'}) CREATE (a)-[:PARTY_TO {role: 'participant (Confederacy)', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Treaty {name: 'Sale of Mexican bonds in the United States'}) CREATE (a)-[:PARTY_TO {role: 'issuer', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);
MATCH (a:Faction {name: 'United States'}), (b:Treaty {name: 'Monroe Doctrine'}) CREATE (a)-[:PARTY_TO {role: 'invoker', source: 'U.S. diplomacy and involvement', lines: [273]}]->(b);

// ======== SIGNED (3) ========
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Juan Prim'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:SIGNED {role: 'negotiator for the allies', note: 'the text says he held plenipotentiary powers to negotiate; a signature is not stated', source: 'Background > Multinational intervention', lines: [32, 34]}]->(b);
MATCH (a:Person {name: 'Manuel Doblado'}), (b:Treaty {name: 'Agreement of January 1862'}) CREATE (a)-[:SIGNED {role: 'negotiator for Mexico', note: 'the text names him as the Mexican foreign minister in the talks; a signature is not stated', source: 'Background > Multinational intervention', lines: [34]}]->(b);
MATCH (a:Person {name: 'Juan Prim'}), (b:Treaty {name: 'Veracruz customs arrangement'}) CREATE (a)-[:SIGNED {role: 'negotiator', note: 'the text says Prim secured the arrangement; a signature is not stated', source: 'Background > Multinational intervention', lines: [36]}]->(b);

// ======== ISSUED (16) ========
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Benito Juárez'}), (b:Treaty {name: 'Debt moratorium of July 1861'}) CREATE (a)-[:ISSUED {date: date('1861-07'), source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Person {name: 'Benito Juárez'}), (b:Treaty {name: 'Expulsion of the Spanish diplomats'}) CREATE (a)-[:ISSUED {date: date('1861-07'), source: 'Background > Multinational intervention', lines: [32]}]->(b);
// year from context: January 1862
MATCH (a:Person {name: 'Juan Prim'}), (b:Treaty {name: 'Prim\'s manifesto of January 1862'}) CREATE (a)-[:ISSUED {date: date('1862-01-10'), source: 'Background > Multinational intervention', lines: [34]}]->(b);
// -- French invasion
// year from context: 1862
MATCH (a:Person {name: 'Juan Almonte'}), (b:Treaty {name: 'Almonte\'s manifesto of 17 April 1862'}) CREATE (a)-[:ISSUED {date: date('1862-04-17'), source: 'French invasion', lines: [42]}]->(b);
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Treaty {name: 'Martial law in Puebla'}) CREATE (a)-[:ISSUED {date: date('1863-03-10'), source: 'French invasion', lines: [52]}]->(b);
// -- French invasion > Northern campaign
// date from context: 1864
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Treaty {name: 'Vidaurri\'s referendum on joining the empire'}) CREATE (a)-[:ISSUED {date: date('1864'), source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- French invasion > Pacific campaign
// date from context: 1865
MATCH (a:Person {name: 'José López Uraga'}), (b:Treaty {name: 'Uraga\'s letter to Díaz'}) CREATE (a)-[:ISSUED {date: date('1865'), source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// year from context: 1865
MATCH (a:Person {name: 'Maximilian I'}), (b:Treaty {name: 'Black Decree'}) CREATE (a)-[:ISSUED {date: date('1865-10-02'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [153]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Person {name: 'Napoleon III'}), (b:Treaty {name: 'French withdrawal announcement of January 1866'}) CREATE (a)-[:ISSUED {date: date('1866-01'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]}]->(b);
// -- Republican counteroffensive > Gulf campaign
// date from context: after the 13 November 1866 evacuation of Mazatlán
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Treaty {name: 'Lozada\'s declaration of neutrality'}) CREATE (a)-[:ISSUED {date: date('1866-11'), source: 'Republican counteroffensive > Gulf campaign', lines: [194]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Person {name: 'Napoleon III'}), (b:Treaty {name: 'Full French withdrawal announcement of December 1866'}) CREATE (a)-[:ISSUED {date: date('1866-12-19'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [209]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// date from context: early 1867
MATCH (a:Person {name: 'Maximilian I'}), (b:Treaty {name: 'Orders for a new imperial army'}) CREATE (a)-[:ISSUED {date: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// -- Aftermath
// date from context: after the 1871 election
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Treaty {name: 'Plan de la Noria'}) CREATE (a)-[:ISSUED {date: date('1871'), source: 'Aftermath', lines: [255]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Treaty {name: 'Plan de Tuxtepec'}) CREATE (a)-[:ISSUED {date: date('1876'), source: 'Aftermath', lines: [255]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Person {name: 'James Buchanan'}), (b:Treaty {name: 'Buchanan\'s address of 3 December 1860'}) CREATE (a)-[:ISSUED {date: date('1860-12-03'), source: 'U.S. diplomacy and involvement', lines: [261]}]->(b);
// Seward did not issue the Monroe Doctrine: he issued a statement about it in 1868.
MATCH (a:Person {name: 'William H. Seward'}), (b:Treaty {name: 'Seward\'s statement of 1868 on the Monroe Doctrine'}) CREATE (a)-[:ISSUED {date: date('1868'), source: 'U.S. diplomacy and involvement', lines: [273]}]->(b);

// ======== ALLIED_WITH (12) ========
// -- Background > Multinational intervention
// since: date from context: the 1861 Convention of London; until: the Orizaba talks broke down on 9 April 1862
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:ALLIED_WITH {since: date('1861'), until: date('1862-04-09'), note: 'the tripartite debt intervention under the Convention of London', source: 'Background > Multinational intervention', lines: [32, 36]}]->(b);
// since: date from context: the 1861 Convention of London; until: the Orizaba talks broke down on 9 April 1862
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'United Kingdom'}) CREATE (a)-[:ALLIED_WITH {since: date('1861'), until: date('1862-04-09'), note: 'the tripartite debt intervention under the Convention of London', source: 'Background > Multinational intervention', lines: [32, 36]}]->(b);
// since: date from context: the 1861 Convention of London; until: the Orizaba talks broke down on 9 April 1862
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'United Kingdom'}) CREATE (a)-[:ALLIED_WITH {since: date('1861'), until: date('1862-04-09'), note: 'the tripartite debt intervention under the Convention of London', source: 'Background > Multinational intervention', lines: [32, 36]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:ALLIED_WITH {note: 'the text calls France an ally of Spain', source: 'Background > Multinational intervention', lines: [38]}]->(b);
// -- Aftermath
MATCH (a:Faction {name: 'Mexican Conservative Party'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:ALLIED_WITH {note: 'the alliance discredited the party', source: 'Aftermath', lines: [253]}]->(b);
// -- French invasion
// date from context: April 1862
MATCH (a:Faction {name: 'Mexican pro-French movement'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:ALLIED_WITH {since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// -- Introduction
// until: date from context: the last French troops left in 1867; the alliance begins with the monarchy itself
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {until: date('1867'), note: 'French troops propped up the empire until their withdrawal', source: 'Introduction', lines: [16, 20]}]->(b);
// -- French invasion > Conquest of Central Mexico
// year from context: 1864
// until: date from context: Lozada declared neutrality after 13 November 1866 (line 194)
MATCH (a:Faction {name: 'Indigenous troops of the Tepic district'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {since: date('1864-03-19'), until: date('1866-11'), source: 'French invasion > Conquest of Central Mexico', lines: [88]}]->(b);
// -- French invasion > Northern campaign
// date from context: 1864
MATCH (a:Faction {name: 'Vidaurri loyalist troops'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {since: date('1864'), source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Faction {name: 'Mayo'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {note: 'punished by the Republicans in 1866', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
MATCH (a:Faction {name: 'Yaqui'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {note: 'punished by the Republicans in 1866', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- French invasion > Pacific campaign
// date from context: 1865
MATCH (a:Faction {name: 'Opata'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:ALLIED_WITH {since: date('1865'), source: 'French invasion > Pacific campaign', lines: [128]}]->(b);

// ======== SUPPORTED (30) ========
// -- Background > Multinational intervention
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:SUPPORTED {kind: 'political', note: 'an accusation by Juárez concerning the Reform War', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:SUPPORTED {kind: 'troops and bases', note: 'in the French conquest of Cochinchina, from the Philippines', source: 'Background > Multinational intervention', lines: [38]}]->(b);
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Faction {name: 'Carlists'}) CREATE (a)-[:SUPPORTED {kind: 'political', note: 'during the First Carlist War', source: 'Background > Multinational intervention', lines: [38]}]->(b);
// -- Introduction
MATCH (a:Faction {name: 'Mexican Conservative Party'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:SUPPORTED {kind: 'political', note: 'backed the invasion', source: 'Introduction', lines: [16, 18]}]->(b);
MATCH (a:Faction {name: 'Catholic Church'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:SUPPORTED {kind: 'political', note: 'helped install Maximilian', source: 'Introduction', lines: [18]}]->(b);
// until: date from context: withdrawal began in 1866 and ended in 1867
MATCH (a:Faction {name: 'French Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'troops', until: date('1867'), source: 'Introduction', lines: [16, 20]}]->(b);
// since: the Confederate surrender of April 1865
MATCH (a:Faction {name: 'United States'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'material', since: date('1865-04'), note: 'after the Confederate surrender', source: 'Introduction', lines: [20]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'United States'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Honduras'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Nicaragua'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Costa Rica'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'El Salvador'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', note: 'also asked for US intervention', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Chile'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', note: 'asked for US intervention and offered to join it', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Bolivia'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', note: 'asked for US intervention and offered to join it', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Colombia'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Venezuela'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Ecuador'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Peru'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Uruguay'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
MATCH (a:Faction {name: 'Argentina'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'diplomatic', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
// -- French invasion
// year from context: 1862
MATCH (a:Person {name: 'Napoleon III'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:SUPPORTED {kind: 'troops', since: date('1862-07'), strength: 30000, note: 'reinforcements under Forey after the defeat at Puebla', source: 'French invasion', lines: [50]}]->(b);
// -- French invasion > Pacific campaign
// date from context: 1865
MATCH (a:Faction {name: 'Opata'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'troops', since: date('1865'), note: 'reinforcements brought by Refugio Tánori', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// date from context: 1866
MATCH (a:Faction {name: 'Opata'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'troops', since: date('1866'), note: 'helped Langberg hold the interior of Sonora', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive
// date from context: 1865
MATCH (a:Faction {name: 'US volunteers'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'volunteers', since: date('1865'), note: 'demobilized Civil War veterans; not stopped by President Johnson', source: 'Republican counteroffensive', lines: [133]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// until: date from context: 1866
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'volunteers', until: date('1866'), note: 'stopped recruiting at the request of the United States', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]}]->(b);
// -- Republican counteroffensive > Gulf campaign
// year from context: 1866
MATCH (a:Faction {name: 'United States Army'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'troops', since: date('1866-11'), until: date('1866-11'), note: 'helped take Matamoros', source: 'Republican counteroffensive > Gulf campaign', lines: [192]}]->(b);
// -- Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65
// since: year from the section heading (1864–65)
MATCH (a:Faction {name: 'Belgian Volunteers'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'volunteers', since: date('1864'), source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65', lines: [323]}]->(b);
// -- Divisions and disembarkation of allied troops > Austrian Voluntary Corps, December 1864
// since: date from the section heading (December 1864)
MATCH (a:Faction {name: 'Austrian Voluntary Corps'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:SUPPORTED {kind: 'volunteers', since: date('1864-12'), source: 'Divisions and disembarkation of allied troops > Austrian Voluntary Corps, December 1864', lines: [368]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Person {name: 'Herman Sturm'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'arms', since: date('1865'), until: date('1868'), note: 'guns and ammunition', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);
MATCH (a:Person {name: 'Philip Sheridan'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:SUPPORTED {kind: 'arms', since: date('1866'), quantity: 30000, note: 'about 30,000 rifles from the Baton Rouge Arsenal, with other supplies', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);

// ======== SEAT_OF_GOVERNMENT (10) ========
// -- French invasion > Proclamation of the empire and international recognition
// until: date from context: after the fall of Puebla, May 1863
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {until: date('1863-05'), seq: 1, source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]}]->(b);
// since: date from context: after the fall of Puebla, May 1863
// until: the government left on 22 December 1863 (Conquest of Central Mexico, line 78)
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'San Luis Potosí'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1863-05'), until: date('1863-12-22'), seq: 2, source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]}]->(b);
// -- French invasion > Conquest of Central Mexico
// since: date from context: 1864
// until: Juárez fled when Monterrey fell on 15 August 1864 (Northern campaign, line 106)
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1864'), until: date('1864-08-15'), seq: 3, source: 'French invasion > Conquest of Central Mexico', lines: [98]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// since: date from context: after the loss of Monterrey in August 1864; the text next places the government here
// until: Brincourt entered the city on 15 August 1865
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1864-08'), until: date('1865-08-15'), seq: 4, note: 'called the provisional capital of the Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
// since: date from context: Juárez fled after 15 August 1865
// until: he was back in Chihuahua City on 20 November 1865 (line 162)
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'El Paso del Norte'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1865-08'), until: date('1865-11-20'), seq: 5, source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
// year from context: 1865
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1865-11-20'), until: date('1865-12-09'), seq: 6, source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [162]}]->(b);
// year from context: 1865
// until: the next recorded move, to Durango on 26 December 1866 (line 173)
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'US-Mexican border'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1865-12-09'), until: date('1866-12-26'), seq: 7, note: 'the text says only that Juárez left again for the border', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [162]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// until: date from context: Juárez returned to the capital after the fall of the empire in 1867
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Durango'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1866-12-26'), until: date('1867'), seq: 8, source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Execution of Maximilian
// since: date from context: after Mexico City surrendered on 20 June 1867
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1867'), seq: 9, source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [250]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
// since: the 11 July 1863 resolution (year from context)
// until: the city surrendered on 20 June 1867 (line 248)
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:SEAT_OF_GOVERNMENT {since: date('1863-07-11'), until: date('1867-06-20'), seq: 1, source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
