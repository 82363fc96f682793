// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Allegiance: membership spells, changes of side, leadership.

// ======== MEMBER_OF (134) ========
// -- Background > Multinational intervention
// until: he died on 19 July 1872 (Aftermath, line 255)
MATCH (a:Person {name: 'Benito Juárez'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'president', until: date('1872-07-19'), source: 'Background > Multinational intervention', lines: [32]}]->(b);
// -- French invasion
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion', lines: [44, 46]}]->(b);
// date from context: he died on 8 September 1862 (paragraph of Forey's arrival in October 1862)
MATCH (a:Person {name: 'Ignacio Zaragoza'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1862-09-08'), source: 'French invasion', lines: [44, 46, 50]}]->(b);
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general, commander at Puebla', source: 'French invasion', lines: [50, 52]}]->(b);
MATCH (a:Person {name: 'Ignacio Comonfort'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander of a relief force; former president', source: 'French invasion', lines: [54]}]->(b);
// -- Background > Multinational intervention
// until: date from context: he died a year after fleeing to the United States in 1864 (line 92)
MATCH (a:Person {name: 'Manuel Doblado'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'foreign minister', until: date('1865'), source: 'Background > Multinational intervention', lines: [34]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Person {name: 'Catarino Fragoso'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
MATCH (a:Person {name: 'León Ugalde'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// date from context: he changed sides during the 1863 conquest of central Mexico
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', until: date('1863'), source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
// date from context: he changed sides during the 1863 conquest of central Mexico
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', since: date('1863'), source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
// year from context: 1864 (see the Battle of Colotlán)
MATCH (a:Person {name: 'Luigi Ghilardi'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1864-02-16'), source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// until: date from context: executed in the early-1864 campaign (line 84)
MATCH (a:Person {name: 'José María Chávez Alonso'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'governor of Aguascalientes and general', until: date('1864'), source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Simón Gutiérrez'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
// end date: killed on 28 January 1865 (Pacific campaign, line 124)
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'guerrilla commander', until: date('1865-01-28'), source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
// -- French invasion > Northern campaign
// date from context: demoted and went over to the imperialists in 1864
MATCH (a:Person {name: 'José López Uraga'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1864'), source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// date from context: demoted and went over to the imperialists in 1864
MATCH (a:Person {name: 'José López Uraga'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', since: date('1864'), source: 'French invasion > Northern campaign', lines: [104]}]->(b);
MATCH (a:Person {name: 'Juan Cortina'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander at Bagdad', until: date('1864-09-26'), source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// until: date from context: he went back to the Republicans during the 1865 counteroffensive
// (Continued Northern campaign, line 139)
MATCH (a:Person {name: 'Juan Cortina'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', since: date('1864-09-26'), until: date('1865'), source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// date from context: the 1865 counteroffensive on the Rio Grande
MATCH (a:Person {name: 'Juan Cortina'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', since: date('1865'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'governor of Nuevo León and Coahuila', until: date('1864-03'), note: 'sided with Juárez during the Reform War', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'councilor of Emperor Maximilian', since: date('1864-03'), source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- French invasion > Pacific campaign
// until: date from context: captured on 13 October 1865 and executed (line 158)
MATCH (a:Person {name: 'José María Arteaga'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general; supreme commander of the regional forces in Michoacán', until: date('1865'), source: 'French invasion > Pacific campaign', lines: [110, 122]}]->(b);
MATCH (a:Person {name: 'Vicente Riva Palacio'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'governor of Michoacán, appointed by Arteaga', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// until: date from context: captured on 13 October 1865 and executed (line 158)
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1865'), source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Luis Pérez Figueroa'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Pacific campaign', lines: [120]}]->(b);
MATCH (a:Person {name: 'Nicolás Romero'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Fermín Valdés'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Régules'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Ramón Corona'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
// until: date from context: killed in the 1866 Gulf campaign (line 196)
MATCH (a:Person {name: 'Pedro José Méndez'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', until: date('1866'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [141]}]->(b);
// date from context: killed in August, in the 1865 paragraphs
MATCH (a:Person {name: 'Antonio Rosales'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', until: date('1865-08'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Person {name: 'Ángel Martínez'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander of Sinaloan forces', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Person {name: 'Jerónimo Treviño'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Person {name: 'Gonzáles Herrera'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Person {name: 'Aureliano Rivera'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Person {name: 'Alatorre'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Person {name: 'Auza'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'governor', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Aftermath
MATCH (a:Person {name: 'Sebastián Lerdo de Tejada'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'interim president', source: 'Aftermath', lines: [255]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
// year from context: the 1867 siege of Querétaro
MATCH (a:Person {name: 'Miguel López'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', until: date('1867-05-14'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226, 242]}]->(b);
// year from context: the 1867 siege of Querétaro
MATCH (a:Person {name: 'Miguel López'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:MEMBER_OF {role: 'defector who opened the gates of Querétaro', since: date('1867-05-14'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);
// -- Background
MATCH (a:Person {name: 'José María Gutiérrez de Estrada'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'monarchist exile', source: 'Background', lines: [24]}]->(b);
MATCH (a:Person {name: 'José Manuel Hidalgo y Esnaurrízar'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'monarchist exile', source: 'Background', lines: [24]}]->(b);
// -- French invasion
MATCH (a:Person {name: 'Juan Almonte'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'foreign minister of the conservative government', source: 'French invasion', lines: [42]}]->(b);
MATCH (a:Person {name: 'Florentino López'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Person {name: 'Juan Vicario'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion', lines: [48]}]->(b);
// -- Introduction
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1867-06-19'), source: 'Introduction', lines: [20]}]->(b);
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Faction {name: 'Mexican Conservative Party'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1867-06-19'), source: 'Introduction', lines: [20]}]->(b);
// -- French invasion
// date from context: after the French proclamation of 16 April 1862 (line 42)
MATCH (a:Person {name: 'Gonzáles'}), (b:Faction {name: 'Mexican pro-French movement'}) CREATE (a)-[:MEMBER_OF {role: 'supporter of Almonte', since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// date from context: after the French proclamation of 16 April 1862 (line 42)
MATCH (a:Person {name: 'Manuel Castellanos'}), (b:Faction {name: 'Mexican pro-French movement'}) CREATE (a)-[:MEMBER_OF {role: 'supporter of Almonte', since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// date from context: after the French proclamation of 16 April 1862 (line 42)
MATCH (a:Person {name: 'Desiderio Samaniego'}), (b:Faction {name: 'Mexican pro-French movement'}) CREATE (a)-[:MEMBER_OF {role: 'supporter of Almonte', since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// date from context: after the French proclamation of 16 April 1862 (line 42)
MATCH (a:Person {name: 'Antonio Taboada'}), (b:Faction {name: 'Mexican pro-French movement'}) CREATE (a)-[:MEMBER_OF {role: 'supporter of Almonte', since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
MATCH (a:Person {name: 'Juan Almonte'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'regent', since: date('1863-07-11'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
MATCH (a:Person {name: 'Labastida'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'regent', since: date('1863-07-11'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
MATCH (a:Person {name: 'José Mariano Salas'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'regent', since: date('1863-07-11'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Maximilian I'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'emperor', since: date('1864'), until: date('1867-06-19'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [65]}]->(b);
// -- French invasion > Conquest of Central Mexico
// year as given: summer of 1864
MATCH (a:Person {name: 'Charlotte of Belgium'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'empress', since: date('1864'), source: 'French invasion > Conquest of Central Mexico', lines: [94]}]->(b);
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1867-06-19'), source: 'French invasion > Conquest of Central Mexico', lines: [70, 72, 76]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Person {name: 'Juan Chávez'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander under Mejía', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Person {name: 'Gavito'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Person {name: 'Jesús María Visoso'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
// since: year from context: the 1864 paragraphs of Conquest of Central Mexico
// until: date from context: retired and declared neutrality after the 13 November 1866 evacuation of Mazatlán (line 194)
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander of the Tepic indigenous troops', since: date('1864-03-19'), until: date('1866-11'), source: 'French invasion > Conquest of Central Mexico', lines: [88]}]->(b);
MATCH (a:Person {name: 'Marcos Toledo'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Person {name: 'Juan Vicario'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander of a brigade', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Person {name: 'Carlos Rivas'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Potier'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// date from context: executed in 1866
MATCH (a:Person {name: 'Refugio Tánori'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', until: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// date from context: executed in 1866
MATCH (a:Person {name: 'José Almada'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', until: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// date from context: killed around September 1866
MATCH (a:Person {name: 'Edvard Emile Langberg'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general in Sonora', until: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Southern campaign
MATCH (a:Person {name: 'Van der Smissen'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'lieutenant colonel', source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Person {name: 'Montenegro'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general commanding Acapulco', source: 'Republican counteroffensive > Southern campaign', lines: [183]}]->(b);
// date as given: from mid-1865
MATCH (a:Person {name: 'Prieto'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'prefect of Tehuantepec', since: date('1865'), source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Oronoz'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Person {name: 'Briant'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Person {name: 'Campos'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'prefect of Parras', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Person {name: 'Olvera'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Person {name: 'Tuce'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Person {name: 'Ortiz de la Peña'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
MATCH (a:Person {name: 'Gutiérrez'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general commanding at Guadalajara', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]}]->(b);
MATCH (a:Person {name: 'Pérez Gómez'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general commanding at Veracruz', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [213]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
MATCH (a:Person {name: 'Castillo'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
MATCH (a:Person {name: 'Aguirre'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'minister', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [224]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// date from context: the early-1867 reorganisation
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Faction {name: 'Central military district'}) CREATE (a)-[:MEMBER_OF {role: 'commander of the 4,000 troops in Michoacán', since: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'head of the infantry', since: date('1867-02'), until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Castillo'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'divisional commander', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Casanova'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'divisional commander', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'commander of the reserve brigade', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
// until: he opened the gates to the Republicans on the night of 14 May 1867 (line 242)
MATCH (a:Person {name: 'Miguel López'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'colonel in the reserve brigade', since: date('1867-02'), until: date('1867-05-14'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'chief of the cavalry', since: date('1867-02'), until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Reyes'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'chief of engineers', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Arellano'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'chief of artillery', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// date from context: a few days after Maximilian reached Querétaro on 19 February 1867
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'chief of the general staff', since: date('1867-02'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
// year from context: the 1867 siege of Querétaro
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:MEMBER_OF {role: 'commander at Querétaro', since: date('1867-03-22'), until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]}]->(b);
// -- Background
MATCH (a:Person {name: 'Napoleon III'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:MEMBER_OF {role: 'emperor', source: 'Background', lines: [24]}]->(b);
MATCH (a:Person {name: 'Eugénie de Montijo'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:MEMBER_OF {role: 'empress', source: 'Background', lines: [24]}]->(b);
// -- French invasion
MATCH (a:Person {name: 'Élie Frédéric Forey'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion', lines: [50]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion', lines: [54]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Person {name: 'Berthier'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Garnier'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Charles-Louis Du Pin'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'commander of the anti-guerrilla corps', source: 'French invasion > Northern campaign', lines: [102]}]->(b);
MATCH (a:Person {name: 'Charles-Louis Du Pin'}), (b:Faction {name: 'Counter-Guerrillas'}) CREATE (a)-[:MEMBER_OF {role: 'commander', source: 'French invasion > Northern campaign', lines: [102]}]->(b);
MATCH (a:Person {name: 'Thomas Louis Le Normant de Kergrist'}), (b:Faction {name: 'French Navy'}) CREATE (a)-[:MEMBER_OF {role: 'commander of the Pacific squadron', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Person {name: 'Courtois d\'Hurbal'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'French invasion > Pacific campaign', lines: [116]}]->(b);
MATCH (a:Person {name: 'Mangin'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', source: 'French invasion > Pacific campaign', lines: [120]}]->(b);
// -- Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863
MATCH (a:Person {name: 'Mangin'}), (b:Faction {name: '3ème Régiment de Zouaves'}) CREATE (a)-[:MEMBER_OF {role: 'commandant', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Person {name: 'Auguste Henri Brincourt'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Person {name: 'Baron Neigre'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Person {name: 'Pierre Joseph Jeanningros'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'colonel, later general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Person {name: 'Cotteret'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'colonel commanding a regiment at Guaymas', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Person {name: 'Jean-Baptiste Billot'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'expedition commander', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [162]}]->(b);
MATCH (a:Person {name: 'Georges Charles Cloué'}), (b:Faction {name: 'French Navy'}) CREATE (a)-[:MEMBER_OF {role: 'naval commander', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d'Infanterie (GdB Douay – acting)
MATCH (a:Person {name: 'Hellier'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'colonel', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [296]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)
MATCH (a:Person {name: 'de Mirandol'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:MEMBER_OF {role: 'Général de Brigade', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [306]}]->(b);
// -- Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863
// year from the section heading (Captain Yarka, Romanian volunteer, 1863)
MATCH (a:Person {name: 'Yarka'}), (b:Faction {name: '3e Chasseurs d\'Afrique'}) CREATE (a)-[:MEMBER_OF {role: 'volunteer captain', since: date('1863'), source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]}]->(b);
MATCH (a:Person {name: 'Yarka'}), (b:Faction {name: 'Romanian Army'}) CREATE (a)-[:MEMBER_OF {role: 'captain', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Juan Prim'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:MEMBER_OF {role: 'general; minister plenipotentiary', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Person {name: 'Francisco Serrano'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:MEMBER_OF {role: 'Captain-General of Cuba', source: 'Background > Multinational intervention', lines: [38]}]->(b);
MATCH (a:Person {name: 'Leopoldo O\'Donnell'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:MEMBER_OF {role: 'prime minister', source: 'Background > Multinational intervention', lines: [38]}]->(b);
MATCH (a:Person {name: 'Isabel II'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:MEMBER_OF {role: 'queen', source: 'Background > Multinational intervention', lines: [38]}]->(b);
// -- Background
MATCH (a:Person {name: 'Agustín I'}), (b:Faction {name: 'First Mexican Empire'}) CREATE (a)-[:MEMBER_OF {role: 'emperor', source: 'Background', lines: [24]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Person {name: 'Rafael Carrera'}), (b:Faction {name: 'Guatemala'}) CREATE (a)-[:MEMBER_OF {role: 'president for life', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
// -- Republican counteroffensive
// until: date from context: assassinated soon after the April 1865 end of major hostilities (line 133)
MATCH (a:Person {name: 'Abraham Lincoln'}), (b:Faction {name: 'United States'}) CREATE (a)-[:MEMBER_OF {role: 'president', until: date('1865'), source: 'Republican counteroffensive', lines: [131]}]->(b);
MATCH (a:Person {name: 'Andrew Johnson'}), (b:Faction {name: 'United States'}) CREATE (a)-[:MEMBER_OF {role: 'president', source: 'Republican counteroffensive', lines: [133]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// date from context: removed after the January 1866 raid on Bagdad
MATCH (a:Person {name: 'Godfrey Weitzel'}), (b:Faction {name: 'United States Army'}) CREATE (a)-[:MEMBER_OF {role: 'commander at Clarksville', until: date('1866'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Person {name: 'William H. Seward'}), (b:Faction {name: 'United States'}) CREATE (a)-[:MEMBER_OF {role: 'Secretary of State', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Person {name: 'James Buchanan'}), (b:Faction {name: 'United States'}) CREATE (a)-[:MEMBER_OF {role: 'president', source: 'U.S. diplomacy and involvement', lines: [261]}]->(b);
MATCH (a:Person {name: 'Philip Sheridan'}), (b:Faction {name: 'United States Army'}) CREATE (a)-[:MEMBER_OF {role: 'general', source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);

// ======== DEFECTED_TO (6) ========
// -- French invasion > Conquest of Central Mexico
// date from context: the 1863 conquest of central Mexico
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:DEFECTED_TO {date: date('1863'), source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:DEFECTED_TO {date: date('1864-03'), note: 'quarrel with Juárez over how his state was run and financed', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// date from context: the 1864 northern campaign
MATCH (a:Person {name: 'José López Uraga'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:DEFECTED_TO {date: date('1864'), note: 'after being demoted amid Republican quarrels', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
MATCH (a:Person {name: 'Juan Cortina'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:DEFECTED_TO {date: date('1864-09-26'), note: 'defected when the imperialists took Bagdad', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// date from context: the 1865 counteroffensive on the Rio Grande
MATCH (a:Person {name: 'Juan Cortina'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:DEFECTED_TO {date: date('1865'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
// year from context: the 1867 siege of Querétaro
MATCH (a:Person {name: 'Miguel López'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:DEFECTED_TO {date: date('1867-05-14'), note: 'let the Republicans into Querétaro in exchange for gold', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);

// ======== LED (38) ========
// -- Introduction
MATCH (a:Person {name: 'Napoleon III'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:LED {role: 'emperor', source: 'Introduction', lines: [16]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
// since: accepted the crown in 1864; until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Maximilian I'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:LED {role: 'emperor', since: date('1864'), until: date('1867-06-19'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [65]}]->(b);
MATCH (a:Person {name: 'Maximilian I'}), (b:Faction {name: 'Kingdom of Lombardy-Venetia'}) CREATE (a)-[:LED {role: 'viceroy', note: 'before he came to Mexico', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// date from context: took supreme command at Puebla in early 1867
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Maximilian I'}), (b:Faction {name: 'Mexican Imperial Army'}) CREATE (a)-[:LED {role: 'supreme commander', since: date('1867'), until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// -- Aftermath
MATCH (a:Person {name: 'Benito Juárez'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:LED {role: 'president', until: date('1872-07-19'), note: 're-elected in 1871', source: 'Aftermath', lines: [253, 255]}]->(b);
// -- Background
MATCH (a:Person {name: 'Ignacio Comonfort'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:LED {role: 'president', until: date('1857'), note: 'deposed by the conservative coup of 1857', source: 'Background', lines: [24]}]->(b);
// -- Aftermath
// dates from context: succeeded Juárez after his death in July 1872 and lost office in the 1876 revolt
MATCH (a:Person {name: 'Sebastián Lerdo de Tejada'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:LED {role: 'interim president', since: date('1872'), until: date('1876'), source: 'Aftermath', lines: [255]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:LED {role: 'president', since: date('1876'), until: date('1911'), note: 'eight terms, the Porfiriato', source: 'Aftermath', lines: [255]}]->(b);
// -- Background
// as_of, not since: the text dates the empire only by its inception in 1821 and gives no end of the
// reign; a since without an until would make him emperor for ever, so the spell stays undated.
MATCH (a:Person {name: 'Agustín I'}), (b:Faction {name: 'First Mexican Empire'}) CREATE (a)-[:LED {role: 'emperor', as_of: date('1821'), source: 'Background', lines: [24]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Isabel II'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:LED {role: 'queen', source: 'Background > Multinational intervention', lines: [38]}]->(b);
MATCH (a:Person {name: 'Leopoldo O\'Donnell'}), (b:Faction {name: 'Spain'}) CREATE (a)-[:LED {role: 'prime minister', source: 'Background > Multinational intervention', lines: [38]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Person {name: 'Rafael Carrera'}), (b:Faction {name: 'Guatemala'}) CREATE (a)-[:LED {role: 'president for life', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]}]->(b);
// -- Republican counteroffensive
// date from context: assassinated soon after the April 1865 end of major hostilities
MATCH (a:Person {name: 'Abraham Lincoln'}), (b:Faction {name: 'United States'}) CREATE (a)-[:LED {role: 'president', until: date('1865'), source: 'Republican counteroffensive', lines: [131, 133]}]->(b);
// date from context: succeeded Lincoln in 1865
MATCH (a:Person {name: 'Andrew Johnson'}), (b:Faction {name: 'United States'}) CREATE (a)-[:LED {role: 'president', since: date('1865'), source: 'Republican counteroffensive', lines: [133]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Person {name: 'James Buchanan'}), (b:Faction {name: 'United States'}) CREATE (a)-[:LED {role: 'president', source: 'U.S. diplomacy and involvement', lines: [261]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
// until: date from context: the imperial government was set up in April 1864 (line 265)
MATCH (a:Person {name: 'Juan Almonte'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:LED {role: 'regent', since: date('1863-07-11'), until: date('1864'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
// until: date from context: the imperial government was set up in April 1864 (line 265)
MATCH (a:Person {name: 'Labastida'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:LED {role: 'regent', since: date('1863-07-11'), until: date('1864'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// year from context: 1863; the triumvirate became the Regency after the 11 July resolution
// until: date from context: the imperial government was set up in April 1864 (line 265)
MATCH (a:Person {name: 'José Mariano Salas'}), (b:Faction {name: 'Regency of the Mexican Empire'}) CREATE (a)-[:LED {role: 'regent', since: date('1863-07-11'), until: date('1864'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// -- French invasion
// date from context: after his manifesto of 17 April 1862 (line 42)
MATCH (a:Person {name: 'Juan Almonte'}), (b:Faction {name: 'Mexican pro-French movement'}) CREATE (a)-[:LED {role: 'leader', since: date('1862-04'), source: 'French invasion', lines: [44]}]->(b);
// year from context: Forey arrived at Orizaba on 24 October 1862
MATCH (a:Person {name: 'Élie Frédéric Forey'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:LED {role: 'commander', since: date('1862-07'), note: 'sent with 30,000 troops; heads the order of battle of 31 December 1862', source: 'French invasion', lines: [50]}]->(b);
// -- French invasion > Pacific campaign
// until: Bazaine and the last French troops sailed on 12 March 1867 (line 213)
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:LED {role: 'commander', until: date('1867-03-12'), note: 'Forey is called the former commander by 1865', source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d'Infanterie (GdD Bazaine)
// as_of: date of the order of battle (section heading, line 277)
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Faction {name: '1ère Division d\'Infanterie'}) CREATE (a)-[:LED {role: 'Général de Division', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [283]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Faction {name: '1ère Brigade (1ère Division)'}) CREATE (a)-[:LED {role: 'Général de Brigade', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [284]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d'Infanterie (GdB Douay – acting)
MATCH (a:Person {name: 'Abel Douay'}), (b:Faction {name: '2e Division d\'Infanterie'}) CREATE (a)-[:LED {role: 'acting commander (Général de Brigade)', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [295]}]->(b);
MATCH (a:Person {name: 'Hellier'}), (b:Faction {name: '1ère Brigade (2e Division)'}) CREATE (a)-[:LED {role: 'acting commander (colonel)', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [296]}]->(b);
MATCH (a:Person {name: 'Berthier'}), (b:Faction {name: '2e Brigade (2e Division)'}) CREATE (a)-[:LED {role: 'Général de Brigade', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [300]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)
MATCH (a:Person {name: 'de Mirandol'}), (b:Faction {name: 'Brigade de Cavallerie'}) CREATE (a)-[:LED {role: 'Général de Brigade', as_of: date('1862-12-31'), source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [306]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Charles-Louis Du Pin'}), (b:Faction {name: 'Counter-Guerrillas'}) CREATE (a)-[:LED {role: 'commander', source: 'French invasion > Northern campaign', lines: [102]}]->(b);
// -- Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863
MATCH (a:Person {name: 'Mangin'}), (b:Faction {name: 'Egyptian Auxiliary Corps'}) CREATE (a)-[:LED {role: 'commandant', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379]}]->(b);
// -- French invasion > Conquest of Central Mexico
// year from context: the 1864 paragraphs of Conquest of Central Mexico
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Faction {name: 'Indigenous troops of the Tepic district'}) CREATE (a)-[:LED {role: 'leader', since: date('1864-03-19'), source: 'French invasion > Conquest of Central Mexico', lines: [88]}]->(b);
// -- French invasion > Pacific campaign
// until: date from context: executed after Sonora fell in 1866 (line 177)
MATCH (a:Person {name: 'Refugio Tánori'}), (b:Faction {name: 'Opata'}) CREATE (a)-[:LED {role: 'chief', until: date('1866'), source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Faction {name: 'Vidaurri loyalist troops'}) CREATE (a)-[:LED {role: 'leader', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// year from context: after the Black Decree of 2 October 1865
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Faction {name: 'Republican Army of the Center'}) CREATE (a)-[:LED {role: 'commander in chief', until: date('1865-10-13'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// -- French invasion > Conquest of Central Mexico
// date from context: late 1864, after the battle of Taxco
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Faction {name: 'Republican forces in the southern states'}) CREATE (a)-[:LED {role: 'commander', since: date('1864'), strength: 8000, note: 'raised his force in Oaxaca to 8,000', source: 'French invasion > Conquest of Central Mexico', lines: [96, 98]}]->(b);
// -- Background > Multinational intervention
// until: date from context: the British and Spanish left after the 9 April 1862 breakdown
MATCH (a:Person {name: 'Juan Prim'}), (b:Faction {name: 'Spanish Expeditionary Force'}) CREATE (a)-[:LED {role: 'commander', since: date('1861-12-14'), until: date('1862-04'), source: 'Background > Multinational intervention', lines: [32, 36]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// date from context: early 1867
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Western military district'}) CREATE (a)-[:LED {role: 'commander', since: date('1867'), until: date('1867-06-19'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// date from context: early 1867
// until: executed on 19 June 1867 (line 248)
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Faction {name: 'Eastern military district'}) CREATE (a)-[:LED {role: 'commander', since: date('1867'), until: date('1867-06-19'), strength: 4000, note: 'nearly 4,000 men', source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
// date from context: early 1867
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Faction {name: 'Central military district'}) CREATE (a)-[:LED {role: 'commander', since: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]}]->(b);
