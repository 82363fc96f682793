// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// War: commands, engagements, captures and evacuations, deaths, executions, prisoners.

// ======== COMMANDED (139) ========
// -- Infobox
MATCH (a:Person {name: 'Benito Juárez'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Ignacio Zaragoza'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Ignacio Comonfort'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'José María Arteaga'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Jerónimo Treviño'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Pedro José Méndez'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Vicente Riva Palacio'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'José López Uraga'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Luigi Ghilardi'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Infobox', lines: [9]}]->(b);
MATCH (a:Person {name: 'Napoleon III'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Élie Frédéric Forey'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Auguste Henri Brincourt'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Pierre Joseph Jeanningros'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Georges Charles Cloué'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French Navy', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Maximilian I'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Juan Almonte'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Santiago Vidaurri'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Refugio Tánori'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
MATCH (a:Person {name: 'José López Uraga'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Infobox', lines: [10]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Juan Prim'}), (b:Battle {name: 'Moroccan War'}) CREATE (a)-[:COMMANDED {side: 'Spain', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Person {name: 'Juan Prim'}), (b:Battle {name: 'Allied occupation of Veracruz'}) CREATE (a)-[:COMMANDED {side: 'Spanish Expeditionary Force', source: 'Background > Multinational intervention', lines: [32]}]->(b);
// -- French invasion
MATCH (a:Person {name: 'Ignacio Zaragoza'}), (b:Battle {name: 'Battle of Puebla'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Battle of Puebla'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Person {name: 'Élie Frédéric Forey'}), (b:Battle {name: 'Siege of Puebla'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion', lines: [52]}]->(b);
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Battle {name: 'Siege of Puebla'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion', lines: [52, 54]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Siege of Puebla'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion', lines: [54]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion', lines: [54]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:COMMANDED {side: 'Mexican Conservative Party', source: 'French invasion', lines: [54]}]->(b);
MATCH (a:Person {name: 'Ignacio Comonfort'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion', lines: [54]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Person {name: 'Juan Chávez'}), (b:Battle {name: 'Action on the road to Guanajuato'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Action on the road to Guanajuato'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', role: 'superior commander', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Person {name: 'Tomás O\'Horán'}), (b:Battle {name: 'Action on the road to Guanajuato'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Person {name: 'Gavito'}), (b:Battle {name: 'Action at Cuayuca'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Person {name: 'Jesús María Visoso'}), (b:Battle {name: 'Action near Puebla (1863)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Battle of Morelia (1863)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Person {name: 'José López Uraga'}), (b:Battle {name: 'Battle of Morelia (1863)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Battle of San Luis Potosí (1863)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'French assaults near Guadalajara (1864)'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Battle {name: 'French assaults near Guadalajara (1864)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Person {name: 'José López Uraga'}), (b:Battle {name: 'French assaults near Guadalajara (1864)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Battle {name: 'Battle of Colotlán'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'Action near Cocula'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Person {name: 'Simón Gutiérrez'}), (b:Battle {name: 'Action near Cocula'}) CREATE (a)-[:COMMANDED {side: 'Republican guerrillas', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Battle {name: 'Action near Cocula'}) CREATE (a)-[:COMMANDED {side: 'Republican guerrillas', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Battle of Monterrey (1864)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [92]}]->(b);
MATCH (a:Person {name: 'Manuel Doblado'}), (b:Battle {name: 'Battle of Monterrey (1864)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [92]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Battle of Taxco'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Person {name: 'Marcos Toledo'}), (b:Battle {name: 'Battle of Taxco'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Siege of Iguala'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Person {name: 'Juan Vicario'}), (b:Battle {name: 'Siege of Iguala'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Person {name: 'Juan Cortina'}), (b:Battle {name: 'Capture of Bagdad'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', note: 'went over to the imperialists', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'José María Arteaga'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Carlos Rivas'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Simón Gutiérrez'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:COMMANDED {side: 'Republican guerrillas', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:COMMANDED {side: 'Republican guerrillas', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Thomas Louis Le Normant de Kergrist'}), (b:Battle {name: 'Capture of Mazatlán (1864)'}) CREATE (a)-[:COMMANDED {side: 'French Navy', source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Battle {name: 'Capture of Mazatlán (1864)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
MATCH (a:Person {name: 'Juan Vicario'}), (b:Battle {name: 'Action at Chilapa de Álvarez'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Battle {name: 'Siege of Oaxaca (1865)'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Siege of Oaxaca (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [116, 118]}]->(b);
MATCH (a:Person {name: 'Potier'}), (b:Battle {name: 'Battle of Apatzingán'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Nicolás Romero'}), (b:Battle {name: 'Battle of Apatzingán'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Battle {name: 'Battle of Los Reyes'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Régules'}), (b:Battle {name: 'Recapture of Tacámbaro (April 1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Potier'}), (b:Battle {name: 'Action at Huaniqueo'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Régules'}), (b:Battle {name: 'Action at Huaniqueo'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'Action at Potrerillos'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Battle {name: 'Action at Potrerillos'}) CREATE (a)-[:COMMANDED {side: 'Republican guerrillas', source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Person {name: 'Ramón Corona'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Person {name: 'Ramón Corona'}), (b:Battle {name: 'Battle of Mazatlán (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Person {name: 'Garnier'}), (b:Battle {name: 'Landing at Guaymas'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
MATCH (a:Person {name: 'Refugio Tánori'}), (b:Battle {name: 'Battle of 24 September 1865'}) CREATE (a)-[:COMMANDED {side: 'Opata', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Person {name: 'Juan Cortina'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Battle {name: 'Skirmish of 31 May 1865'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Person {name: 'Pierre Joseph Jeanningros'}), (b:Battle {name: 'Skirmish of 31 May 1865'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Person {name: 'Antonio Rosales'}), (b:Battle {name: 'Attack on Álamos (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Person {name: 'Ramón Corona'}), (b:Battle {name: 'Republican offensive in Sinaloa (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Battle {name: 'Battle of Amatlán'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Person {name: 'José María Arteaga'}), (b:Battle {name: 'Battle of Amatlán'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Battle {name: 'Battle of Amatlán'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Battle {name: 'Attack on Matamoros (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Attack on Matamoros (1865)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Battle {name: 'Battle of Monterrey (1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
MATCH (a:Person {name: 'Pierre Joseph Jeanningros'}), (b:Battle {name: 'Battle of Monterrey (1865)'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Person {name: 'Ángel Martínez'}), (b:Battle {name: 'Battle of Hermosillo (1866)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
MATCH (a:Person {name: 'Edvard Emile Langberg'}), (b:Battle {name: 'Battle of Ures'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Southern campaign
MATCH (a:Person {name: 'José María Arteaga'}), (b:Battle {name: 'Battle of Tacámbaro (July 1865)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Person {name: 'Van der Smissen'}), (b:Battle {name: 'Battle of Tacámbaro (July 1865)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Attack on Jamiltepec'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Attack on Putla'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Capture of Teotitlan'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Repulse of Díaz by Austro-Mexican forces (1866)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Siege of Oaxaca City (1866)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Person {name: 'Oronoz'}), (b:Battle {name: 'Siege of Oaxaca City (1866)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Person {name: 'Briant'}), (b:Battle {name: 'Battle of Santa Isabel'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Battle {name: 'Battle of Camargo'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Person {name: 'Olvera'}), (b:Battle {name: 'Battle of Camargo'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Mejía\'s retreat to Veracruz (1866)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Person {name: 'Aureliano Rivera'}), (b:Battle {name: 'Capture of Tampico (1866)'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Person {name: 'Alatorre'}), (b:Battle {name: 'Capture of Jalapa'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Person {name: 'Ortiz de la Peña'}), (b:Battle {name: 'Battle of Ixtla'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Capture of Aguascalientes (1867)'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Battle {name: 'Battle of San Jacinto'}) CREATE (a)-[:COMMANDED {side: 'Mexican Republic', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Battle of San Jacinto'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Person {name: 'Castillo'}), (b:Battle {name: 'Battle of San Jacinto'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
MATCH (a:Person {name: 'Maximilian I'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', role: 'emperor', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [224, 242]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226, 232]}]->(b);
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226, 242]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226, 228]}]->(b);
MATCH (a:Person {name: 'Ramón Méndez'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
MATCH (a:Person {name: 'Castillo'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
MATCH (a:Person {name: 'Casanova'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Sortie of 22 March 1867'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Battle {name: 'Márquez\'s mission to Mexico City'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Counterattack at San Gregorio'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [236]}]->(b);
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Battle {name: 'Battle of Cimatario Hill'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]}]->(b);
// -- Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863
MATCH (a:Person {name: 'Yarka'}), (b:Battle {name: 'Single combat of Captain Yarka'}) CREATE (a)-[:COMMANDED {side: '3e Chasseurs d\'Afrique', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]}]->(b);

// ======== FOUGHT_IN (154) ========
// -- Infobox
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:FOUGHT_IN {result: 'won', strength: 70000, killed: 31962, wounded: 8304, prisoners: 33281, casualty_note: 'of the killed, 11,000 were executed', note: 'strength and losses from the infobox rows Strength1 and Casualties1 (lines 11, 13), which name no side', source: 'Infobox', lines: [4, 7]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Infobox', lines: [4]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength_note: '16,200–24,000', note: 'infobox row Strength2 (line 12) gives 38,493 and 16,200–24,000 without naming the sides; the first is the French expeditionary force (line 279), the second is taken here as the imperial Mexican force; the infobox row Casualties2 (line 14) gives 14,000 dead for that side as a whole', source: 'Infobox', lines: [4]}]->(b);
// -- Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength: 38493, killed: 6654, casualty_note: '4,830 of the dead from disease; 1,918 from the Foreign Legion regiment', note: 'peak strength in 1863', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862', lines: [279]}]->(b);
// -- Introduction
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Reform War'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Introduction', lines: [16]}]->(b);
MATCH (a:Faction {name: 'Mexican Conservative Party'}), (b:Battle {name: 'Reform War'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Introduction', lines: [16]}]->(b);
// -- Republican counteroffensive
MATCH (a:Faction {name: 'United States'}), (b:Battle {name: 'American Civil War'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive', lines: [131]}]->(b);
// -- Introduction
MATCH (a:Faction {name: 'Confederate States of America'}), (b:Battle {name: 'American Civil War'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'surrendered in April 1865', source: 'Introduction', lines: [20]}]->(b);
// -- Aftermath
MATCH (a:Faction {name: 'Prussia'}), (b:Battle {name: 'Austro-Prussian War'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Aftermath', lines: [257]}]->(b);
MATCH (a:Faction {name: 'Austrian Empire'}), (b:Battle {name: 'Austro-Prussian War'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Aftermath', lines: [257]}]->(b);
MATCH (a:Faction {name: 'French Empire'}), (b:Battle {name: 'Franco-Prussian War'}) CREATE (a)-[:FOUGHT_IN {note: 'the Second French Empire collapsed in 1870', source: 'Aftermath', lines: [257]}]->(b);
MATCH (a:Faction {name: 'Prussia'}), (b:Battle {name: 'Franco-Prussian War'}) CREATE (a)-[:FOUGHT_IN {source: 'Aftermath', lines: [257]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Faction {name: 'Carlists'}), (b:Battle {name: 'First Carlist War'}) CREATE (a)-[:FOUGHT_IN {source: 'Background > Multinational intervention', lines: [38]}]->(b);
MATCH (a:Faction {name: 'Spain'}), (b:Battle {name: 'Moroccan War'}) CREATE (a)-[:FOUGHT_IN {source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'Spanish Expeditionary Force'}), (b:Battle {name: 'Allied occupation of Veracruz'}) CREATE (a)-[:FOUGHT_IN {strength: 6200, note: 'troops brought from Cuba', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Allied occupation of Veracruz'}) CREATE (a)-[:FOUGHT_IN {strength: 2000, note: 'joined on 7 January 1862', source: 'Background > Multinational intervention', lines: [32]}]->(b);
MATCH (a:Faction {name: 'British expeditionary force'}), (b:Battle {name: 'Allied occupation of Veracruz'}) CREATE (a)-[:FOUGHT_IN {strength: 700, note: 'joined on 7 January 1862', source: 'Background > Multinational intervention', lines: [32]}]->(b);
// -- French invasion
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'French advance on Mexico City (1862)'}) CREATE (a)-[:FOUGHT_IN {strength: 6500, source: 'French invasion', lines: [44]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Action at Escamela'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion', lines: [44]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Action at Escamela'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'a small Mexican force', source: 'French invasion', lines: [44]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Puebla'}) CREATE (a)-[:FOUGHT_IN {result: 'won', strength: 5000, strength_note: 'about 5,000', casualties: 227, source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of Puebla'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength: 6000, casualties: 476, source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Barranca Seca'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Cerro del Borrego'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Faction {name: 'French Navy'}), (b:Battle {name: 'Bombardment of Acapulco'}) CREATE (a)-[:FOUGHT_IN {source: 'French invasion', lines: [52]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Siege of Puebla'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion', lines: [52, 54]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Siege of Puebla'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'surrendered after running out of munitions and food; all officers taken prisoner', source: 'French invasion', lines: [52, 54]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion', lines: [54]}]->(b);
MATCH (a:Faction {name: 'Mexican Conservative Party'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion', lines: [54]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Defeat of Comonfort\'s relief column'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'a force of new recruits', source: 'French invasion', lines: [54]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action on the road to Guanajuato'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Action on the road to Guanajuato'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action at Cuayuca'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Faction {name: 'Republican guerrillas'}), (b:Battle {name: 'Action at Cuayuca'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action near Puebla (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Faction {name: 'Republican guerrillas'}), (b:Battle {name: 'Action near Puebla (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Morelia (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Morelia (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of San Luis Potosí (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of San Luis Potosí (1863)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'French assaults near Guadalajara (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'French assaults near Guadalajara (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Capture of Mérida'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [82]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Capture of Mérida'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'supported the attack', source: 'French invasion > Conquest of Central Mexico', lines: [82]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of Colotlán'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Colotlán'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', prisoners: 80, source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Action near Cocula'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Faction {name: 'Republican guerrillas'}), (b:Battle {name: 'Action near Cocula'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'two arms and powder factories destroyed', source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Monterrey (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [92]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Monterrey (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [92]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Taxco'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Taxco'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Siege of Iguala'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Siege of Iguala'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'relieved by reinforcements', source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Capture of Bagdad'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Bagdad'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Northern campaign', lines: [104]}]->(b);
MATCH (a:Faction {name: 'Vidaurri loyalist troops'}), (b:Battle {name: 'Capture of Monterrey (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Monterrey (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Atenquique'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'French support', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'Republican guerrillas'}), (b:Battle {name: 'Action near the U.S. border (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Faction {name: 'French Navy'}), (b:Battle {name: 'Capture of Mazatlán (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Capture of Mazatlán (1864)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action at Chilapa de Álvarez'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Action at Chilapa de Álvarez'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Siege of Oaxaca (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', strength: 7000, source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Siege of Oaxaca (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength: 6000, strength_note: '3,000 regulars in Oaxaca City and 3,000 in the mountains', source: 'French invasion > Pacific campaign', lines: [116, 118]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Apatzingán'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Apatzingán'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Los Reyes'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of Los Reyes'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Los Reyes'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Recapture of Tacámbaro (April 1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Recapture of Tacámbaro (April 1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Belgian Volunteers'}), (b:Battle {name: 'Recapture of Tacámbaro (April 1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'the text speaks of heavy losses among Belgian mercenaries', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Action at Huaniqueo'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Action at Huaniqueo'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Action at Potrerillos'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
MATCH (a:Faction {name: 'Republican guerrillas'}), (b:Battle {name: 'Action at Potrerillos'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of El Rosario'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Mazatlán (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Faction {name: 'French Navy'}), (b:Battle {name: 'Landing at Guaymas'}) CREATE (a)-[:FOUGHT_IN {strength_note: 'several hundred men landed', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of 24 September 1865'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
MATCH (a:Faction {name: 'Opata'}), (b:Battle {name: 'Battle of 24 September 1865'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Faction {name: 'US volunteers'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Skirmish of 31 May 1865'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Skirmish of 31 May 1865'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Attack on Álamos (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Republican offensive in Sinaloa (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Republican offensive in Sinaloa (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Amatlán'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Amatlán'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Attack on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Attack on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Attack on Matamoros (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'reinforcements scattered the attackers', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Monterrey (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Battle of Monterrey (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Monterrey (1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'held the citadel', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
MATCH (a:Faction {name: 'African American troops from Clarksville'}), (b:Battle {name: 'Raid on Bagdad (1866)'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
MATCH (a:Faction {name: 'French Navy'}), (b:Battle {name: 'Raid on Bagdad (1866)'}) CREATE (a)-[:FOUGHT_IN {note: 'its vessels were fired on', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Hermosillo (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Hermosillo (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Ures'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Southern campaign
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Tacámbaro (July 1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Tacámbaro (July 1865)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Attack on Jamiltepec'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Attack on Putla'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Teotitlan'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Repulse of Díaz by Austro-Mexican forces (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Repulse of Díaz by Austro-Mexican forces (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Austrian Voluntary Corps'}), (b:Battle {name: 'Repulse of Díaz by Austro-Mexican forces (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'the text says Austro-Mexican forces', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Siege of Oaxaca City (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Siege of Oaxaca City (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Faction {name: 'Austrian Voluntary Corps'}), (b:Battle {name: 'Siege of Oaxaca City (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'the text says an Austro-Mexican relief expedition', source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Santa Isabel'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Santa Isabel'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Camargo'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Camargo'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Mejía\'s retreat to Veracruz (1866)'}) CREATE (a)-[:FOUGHT_IN {strength: 500, strength_note: 'only 500 men left', source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Fall of Matamoros (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Gulf campaign', lines: [192]}]->(b);
MATCH (a:Faction {name: 'United States Army'}), (b:Battle {name: 'Fall of Matamoros (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', note: 'U.S. troops aided the Republicans', source: 'Republican counteroffensive > Gulf campaign', lines: [192]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Imperialist raid near Tampico'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Imperialist raid near Tampico'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Tampico (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Battle {name: 'Capture of Tampico (1866)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'held the port until July', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of the Papaloapan River'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Revolt in Papantla and Misantla'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'the leader is not named', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Jalapa'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Raid on Cuautitlán'}) CREATE (a)-[:FOUGHT_IN {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Ixtla'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Ixtla'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Capture of Aguascalientes (1867)'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Capture of Aguascalientes (1867)'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of San Jacinto'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of San Jacinto'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [230, 242]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Siege of Querétaro'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength: 9000, strength_note: '9,000 men and 39 guns at the review (line 226), about 600 of them French; Maximilian had brought 1,600 men, 12 guns and 50,000 pesos', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [224, 242]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Sortie of 22 March 1867'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Márquez\'s mission to Mexico City'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', strength: 1200, strength_note: '1,200 horsemen', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Second relief mission from Querétaro'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [238]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Counterattack at San Gregorio'}) CREATE (a)-[:FOUGHT_IN {result: 'drawn', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [236]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Counterattack at San Gregorio'}) CREATE (a)-[:FOUGHT_IN {result: 'drawn', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [236]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Battle {name: 'Battle of Cimatario Hill'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Battle of Cimatario Hill'}) CREATE (a)-[:FOUGHT_IN {result: 'won', prisoners: 500, source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]}]->(b);
// -- Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863
MATCH (a:Faction {name: '3e Chasseurs d\'Afrique'}), (b:Battle {name: 'Single combat of Captain Yarka'}) CREATE (a)-[:FOUGHT_IN {result: 'won', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Battle {name: 'Single combat of Captain Yarka'}) CREATE (a)-[:FOUGHT_IN {result: 'lost', note: 'one colonel killed', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]}]->(b);

// ======== TOOK_PLACE_AT (71) ========
// -- Infobox
MATCH (a:Battle {name: 'Second French intervention in Mexico'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Infobox', lines: [4, 6]}]->(b);
// -- Introduction
MATCH (a:Battle {name: 'Reform War'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Introduction', lines: [16]}]->(b);
// -- Background
MATCH (a:Battle {name: 'Mexican–American War'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Background', lines: [24]}]->(b);
// -- See also
MATCH (a:Battle {name: 'Pastry War'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'See also', lines: [408]}]->(b);
// -- Background > Multinational intervention
MATCH (a:Battle {name: 'Allied occupation of Veracruz'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Background > Multinational intervention', lines: [32]}]->(b);
// -- French invasion
MATCH (a:Battle {name: 'Action at Escamela'}), (b:Place {name: 'Escamela'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [44]}]->(b);
MATCH (a:Battle {name: 'Battle of Puebla'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Battle {name: 'Battle of Puebla'}), (b:Place {name: 'Cerro de Guadalupe'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Battle {name: 'Battle of Barranca Seca'}), (b:Place {name: 'Barranca Seca'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Battle {name: 'Battle of Cerro del Borrego'}), (b:Place {name: 'Cerro del Borrego'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Battle {name: 'Bombardment of Acapulco'}), (b:Place {name: 'Acapulco'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [52]}]->(b);
MATCH (a:Battle {name: 'Siege of Puebla'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion', lines: [52, 54]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Battle {name: 'Action on the road to Guanajuato'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:TOOK_PLACE_AT {note: 'on the road to the city', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Battle {name: 'Action at Cuayuca'}), (b:Place {name: 'Cuayuca'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Battle {name: 'Action near Puebla (1863)'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Battle {name: 'Battle of Morelia (1863)'}), (b:Place {name: 'Morelia'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Battle {name: 'Battle of San Luis Potosí (1863)'}), (b:Place {name: 'San Luis Potosí'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
MATCH (a:Battle {name: 'French assaults near Guadalajara (1864)'}), (b:Place {name: 'Guadalajara'}) CREATE (a)-[:TOOK_PLACE_AT {note: 'in the vicinity', source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Battle {name: 'Capture of Mérida'}), (b:Place {name: 'Mérida'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [82]}]->(b);
MATCH (a:Battle {name: 'Battle of Colotlán'}), (b:Place {name: 'Colotlán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Battle {name: 'Action near Cocula'}), (b:Place {name: 'Cocula'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
MATCH (a:Battle {name: 'Battle of Monterrey (1864)'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [92]}]->(b);
MATCH (a:Battle {name: 'Battle of Taxco'}), (b:Place {name: 'Taxco'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
MATCH (a:Battle {name: 'Siege of Iguala'}), (b:Place {name: 'Iguala'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Conquest of Central Mexico', lines: [96]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Battle {name: 'Capture of Bagdad'}), (b:Place {name: 'Bagdad'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Northern campaign', lines: [104]}]->(b);
MATCH (a:Battle {name: 'Capture of Monterrey (1864)'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Battle {name: 'Battle of Atenquique'}), (b:Place {name: 'Atenquique'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Battle {name: 'Action near the U.S. border (1864)'}), (b:Place {name: 'US-Mexican border'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Battle {name: 'Capture of Mazatlán (1864)'}), (b:Place {name: 'Mazatlán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
MATCH (a:Battle {name: 'Action at Chilapa de Álvarez'}), (b:Place {name: 'Chilapa de Álvarez'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
MATCH (a:Battle {name: 'Siege of Oaxaca (1865)'}), (b:Place {name: 'Oaxaca City'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [116, 118]}]->(b);
MATCH (a:Battle {name: 'Battle of Apatzingán'}), (b:Place {name: 'Apatzingán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Battle {name: 'Battle of Los Reyes'}), (b:Place {name: 'Los Reyes'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Battle {name: 'Recapture of Tacámbaro (April 1865)'}), (b:Place {name: 'Tacámbaro'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Battle {name: 'Action at Huaniqueo'}), (b:Place {name: 'Huaniqueo'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
MATCH (a:Battle {name: 'Action at Potrerillos'}), (b:Place {name: 'Potrerillos'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
MATCH (a:Battle {name: 'Battle of El Rosario'}), (b:Place {name: 'El Rosario'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Battle {name: 'Battle of Mazatlán (1865)'}), (b:Place {name: 'Mazatlán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [126]}]->(b);
MATCH (a:Battle {name: 'Landing at Guaymas'}), (b:Place {name: 'Guaymas'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}), (b:Place {name: 'Matamoros'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}), (b:Place {name: 'Rio Grande'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Battle {name: 'Negrete\'s advance on Matamoros (1865)'}), (b:Place {name: 'Piedras Negras'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Battle {name: 'Attack on Álamos (1865)'}), (b:Place {name: 'Álamos'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Battle {name: 'Republican offensive in Sinaloa (1865)'}), (b:Place {name: 'Sinaloa'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
MATCH (a:Battle {name: 'Battle of Amatlán'}), (b:Place {name: 'Amatlán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
MATCH (a:Battle {name: 'Attack on Matamoros (1865)'}), (b:Place {name: 'Matamoros'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]}]->(b);
MATCH (a:Battle {name: 'Battle of Monterrey (1865)'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
MATCH (a:Battle {name: 'Raid on Bagdad (1866)'}), (b:Place {name: 'Bagdad'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Battle {name: 'Battle of Hermosillo (1866)'}), (b:Place {name: 'Hermosillo'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
MATCH (a:Battle {name: 'Battle of Ures'}), (b:Place {name: 'Ures'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Southern campaign
MATCH (a:Battle {name: 'Battle of Tacámbaro (July 1865)'}), (b:Place {name: 'Tacámbaro'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Southern campaign', lines: [181]}]->(b);
MATCH (a:Battle {name: 'Attack on Jamiltepec'}), (b:Place {name: 'Jamiltepec'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Battle {name: 'Attack on Putla'}), (b:Place {name: 'Putla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Battle {name: 'Capture of Teotitlan'}), (b:Place {name: 'Teotitlan'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
MATCH (a:Battle {name: 'Siege of Oaxaca City (1866)'}), (b:Place {name: 'Oaxaca City'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Battle {name: 'Battle of Santa Isabel'}), (b:Place {name: 'Santa Isabel'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Battle {name: 'Battle of Camargo'}), (b:Place {name: 'Camargo'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Gulf campaign', lines: [190]}]->(b);
MATCH (a:Battle {name: 'Fall of Matamoros (1866)'}), (b:Place {name: 'Matamoros'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Gulf campaign', lines: [192]}]->(b);
MATCH (a:Battle {name: 'Imperialist raid near Tampico'}), (b:Place {name: 'Tampico'}) CREATE (a)-[:TOOK_PLACE_AT {note: 'near the port', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
MATCH (a:Battle {name: 'Capture of Tampico (1866)'}), (b:Place {name: 'Tampico'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Battle {name: 'Battle of the Papaloapan River'}), (b:Place {name: 'Papaloapan River'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Battle {name: 'Revolt in Papantla and Misantla'}), (b:Place {name: 'Papantla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Battle {name: 'Revolt in Papantla and Misantla'}), (b:Place {name: 'Misantla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Battle {name: 'Capture of Jalapa'}), (b:Place {name: 'Jalapa'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Battle {name: 'Raid on Cuautitlán'}), (b:Place {name: 'Cuautitlán'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
MATCH (a:Battle {name: 'Battle of Ixtla'}), (b:Place {name: 'Ixtla'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Battle {name: 'Capture of Aguascalientes (1867)'}), (b:Place {name: 'Aguascalientes'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
MATCH (a:Battle {name: 'Battle of San Jacinto'}), (b:Place {name: 'San Jacinto'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
MATCH (a:Battle {name: 'Siege of Querétaro'}), (b:Place {name: 'Querétaro'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [230, 242]}]->(b);
MATCH (a:Battle {name: 'Counterattack at San Gregorio'}), (b:Place {name: 'San Gregorio'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [236]}]->(b);
MATCH (a:Battle {name: 'Battle of Cimatario Hill'}), (b:Place {name: 'Cimatario Hill'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]}]->(b);

// ======== CAPTURED (77) ========
// -- Background > Multinational intervention
MATCH (a:Person {name: 'Juan Prim'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:CAPTURED {date: date('1861-12-14'), note: 'occupied with 6,200 Spanish troops', source: 'Background > Multinational intervention', lines: [32]}]->(b);
// -- French invasion
// date from context: the spring 1862 advance
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Orizaba'}) CREATE (a)-[:CAPTURED {date: date('1862'), source: 'French invasion', lines: [44]}]->(b);
// year from context: the 1863 siege
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:CAPTURED {date: date('1863-05-17'), source: 'French invasion', lines: [54]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:CAPTURED {date: date('1863-06-10'), source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]}]->(b);
// -- French invasion > Conquest of Central Mexico
// year from context: 1863
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Cuernavaca'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Cuernavaca'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Pachuca'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Pachuca'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Tulancingo'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Tulancingo'}) CREATE (a)-[:CAPTURED {date: date('1863-07'), note: 'taken by Franco-imperial forces', source: 'French invasion > Conquest of Central Mexico', lines: [68]}]->(b);
// date from context: 1863
MATCH (a:Person {name: 'José Antonio Rodríguez'}), (b:Place {name: 'San Juan de los Llanos'}) CREATE (a)-[:CAPTURED {date: date('1863'), source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'French Navy'}), (b:Place {name: 'Tampico'}) CREATE (a)-[:CAPTURED {date: date('1863-08-11'), source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Place {name: 'Actopan'}) CREATE (a)-[:CAPTURED {date: date('1863-08'), source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Place {name: 'Morelia'}) CREATE (a)-[:CAPTURED {date: date('1863-11-30'), note: 'entered unopposed', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Berthier'}), (b:Place {name: 'Morelia'}) CREATE (a)-[:CAPTURED {date: date('1863-11-30'), note: 'entered unopposed', source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Place {name: 'Querétaro'}) CREATE (a)-[:CAPTURED {date: date('1863-11-17'), source: 'French invasion > Conquest of Central Mexico', lines: [76]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:CAPTURED {date: date('1863-12-09'), source: 'French invasion > Conquest of Central Mexico', lines: [76]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Place {name: 'San Luis Potosí'}) CREATE (a)-[:CAPTURED {date: date('1863-12-25'), source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Place {name: 'Guadalajara'}) CREATE (a)-[:CAPTURED {date: date('1864-01-05'), source: 'French invasion > Conquest of Central Mexico', lines: [80]}]->(b);
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Mérida'}) CREATE (a)-[:CAPTURED {date: date('1864-01-22'), source: 'French invasion > Conquest of Central Mexico', lines: [82]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Place {name: 'Aguascalientes'}) CREATE (a)-[:CAPTURED {date: date('1864-02-07'), note: 'taken by this date', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Abel Douay'}), (b:Place {name: 'Zacatecas'}) CREATE (a)-[:CAPTURED {date: date('1864-02-07'), note: 'taken by this date', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Place {name: 'Aguascalientes'}) CREATE (a)-[:CAPTURED {date: date('1864-02-07'), note: 'taken by this date', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Place {name: 'Zacatecas'}) CREATE (a)-[:CAPTURED {date: date('1864-02-07'), note: 'taken by this date', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// year from context: 1864
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Villahermosa'}) CREATE (a)-[:CAPTURED {date: date('1864-02-27'), source: 'French invasion > Conquest of Central Mexico', lines: [86]}]->(b);
// year from context: 1864
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Minatitlán'}) CREATE (a)-[:CAPTURED {date: date('1864-03-28'), source: 'French invasion > Conquest of Central Mexico', lines: [86]}]->(b);
// year from context: 1864
MATCH (a:Person {name: 'Abel Douay'}), (b:Place {name: 'Colima'}) CREATE (a)-[:CAPTURED {date: date('1864-03'), source: 'French invasion > Conquest of Central Mexico', lines: [90]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Bagdad'}) CREATE (a)-[:CAPTURED {date: date('1864-09-26'), source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// year from context: 1864
MATCH (a:Faction {name: 'Vidaurri loyalist troops'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:CAPTURED {date: date('1864-08-15'), source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// date from context: end of 1864
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Nuevo León'}) CREATE (a)-[:CAPTURED {date: date('1864'), note: 'controlled by the end of the year', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// date from context: end of 1864
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Coahuila'}) CREATE (a)-[:CAPTURED {date: date('1864'), note: 'most of the state controlled by the end of the year', source: 'French invasion > Northern campaign', lines: [106]}]->(b);
// -- French invasion > Pacific campaign
// date from context: late 1864
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Place {name: 'Colima'}) CREATE (a)-[:CAPTURED {date: date('1864'), source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
MATCH (a:Person {name: 'Leonardo Márquez'}), (b:Place {name: 'Manzanillo'}) CREATE (a)-[:CAPTURED {date: date('1864-11-18'), note: 'taken by this date', source: 'French invasion > Pacific campaign', lines: [110]}]->(b);
// date from context: the siege began on 12 November 1864
MATCH (a:Person {name: 'Manuel Lozada'}), (b:Place {name: 'Mazatlán'}) CREATE (a)-[:CAPTURED {date: date('1864-11'), source: 'French invasion > Pacific campaign', lines: [112]}]->(b);
// year from context: 1864
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Acapulco'}) CREATE (a)-[:CAPTURED {date: date('1864-12'), note: 'left to the Republicans when the French garrison withdrew', source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
// year from context: after the December 1864 evacuation
MATCH (a:Faction {name: 'French Navy'}), (b:Place {name: 'Acapulco'}) CREATE (a)-[:CAPTURED {date: date('1865-09-11'), source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
// date from context: February 1865
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Place {name: 'Oaxaca City'}) CREATE (a)-[:CAPTURED {date: date('1865-02'), note: 'Díaz surrendered the city', source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
// date from context: 1865
MATCH (a:Person {name: 'José María Arteaga'}), (b:Place {name: 'Tacámbaro'}) CREATE (a)-[:CAPTURED {date: date('1865'), source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// year from context: 1865
MATCH (a:Person {name: 'Régules'}), (b:Place {name: 'Tacámbaro'}) CREATE (a)-[:CAPTURED {date: date('1865-04-11'), source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// date from context: 1865
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Tacámbaro'}) CREATE (a)-[:CAPTURED {date: date('1865'), note: 'soon retaken after April', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// date from context: 1865
MATCH (a:Person {name: 'León Ugalde'}), (b:Place {name: 'Zitácuaro'}) CREATE (a)-[:CAPTURED {date: date('1865'), source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// date from context: 1865
MATCH (a:Person {name: 'Fermín Valdés'}), (b:Place {name: 'Zitácuaro'}) CREATE (a)-[:CAPTURED {date: date('1865'), source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// date from context: 1865
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Place {name: 'Saltillo'}) CREATE (a)-[:CAPTURED {date: date('1865'), note: 'abandoned by the imperialists', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
// date from context: 1865
MATCH (a:Person {name: 'Miguel Negrete'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:CAPTURED {date: date('1865'), note: 'abandoned by the imperialists', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
// date from context: 1865
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Piedras Negras'}) CREATE (a)-[:CAPTURED {date: date('1865'), note: 'with every Rio Grande town downstream of it', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]}]->(b);
MATCH (a:Person {name: 'Pedro José Méndez'}), (b:Place {name: 'Ciudad Victoria'}) CREATE (a)-[:CAPTURED {date: date('1865-04-23'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [141]}]->(b);
// year from context: 1865
MATCH (a:Person {name: 'Pedro José Méndez'}), (b:Place {name: 'Ciudad Tula'}) CREATE (a)-[:CAPTURED {date: date('1865-06-04'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [141]}]->(b);
// year from context: 1865
MATCH (a:Person {name: 'Auguste Henri Brincourt'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:CAPTURED {date: date('1865-08-15'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
// date from context: Juárez left on 9 December 1865
MATCH (a:Person {name: 'Jean-Baptiste Billot'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:CAPTURED {date: date('1865-12'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [162]}]->(b);
// date from context: late 1865
MATCH (a:Person {name: 'Mariano Escobedo'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:CAPTURED {date: date('1865'), note: 'an imperial remnant held the citadel', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
// year from context: 1865
MATCH (a:Person {name: 'Pierre Joseph Jeanningros'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:CAPTURED {date: date('1865-11-25'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:CAPTURED {date: date('1866-03'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [171]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Durango'}) CREATE (a)-[:CAPTURED {date: date('1866-11'), note: 'the state was left to the Republicans', source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]}]->(b);
// date from context: 1866
MATCH (a:Person {name: 'Ángel Martínez'}), (b:Place {name: 'Álamos'}) CREATE (a)-[:CAPTURED {date: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Ángel Martínez'}), (b:Place {name: 'Hermosillo'}) CREATE (a)-[:CAPTURED {date: date('1866-05-04'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// year from context: 1866; the day after 4 May
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Hermosillo'}) CREATE (a)-[:CAPTURED {date: date('1866-05-05'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// date from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Sonora'}) CREATE (a)-[:CAPTURED {date: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// -- Republican counteroffensive > Southern campaign
// year from context: 1866
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Place {name: 'Teotitlan'}) CREATE (a)-[:CAPTURED {date: date('1866-08'), source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Place {name: 'Oaxaca City'}) CREATE (a)-[:CAPTURED {date: date('1866-11-01'), source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// date from context: late 1866
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Place {name: 'Oaxaca'}) CREATE (a)-[:CAPTURED {date: date('1866'), source: 'Republican counteroffensive > Southern campaign', lines: [185]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Parras'}) CREATE (a)-[:CAPTURED {date: date('1866-06'), source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Matamoros'}) CREATE (a)-[:CAPTURED {date: date('1866-11'), note: 'with the help of U.S. troops', source: 'Republican counteroffensive > Gulf campaign', lines: [192]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Aureliano Rivera'}), (b:Place {name: 'Tampico'}) CREATE (a)-[:CAPTURED {date: date('1866-05'), source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Tampico'}) CREATE (a)-[:CAPTURED {date: date('1866-07'), note: 'the French garrison of the port surrendered', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Tuxpan'}) CREATE (a)-[:CAPTURED {date: date('1866-08'), note: 'surrendered by the French', source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Tlacotalpan'}) CREATE (a)-[:CAPTURED {date: date('1866-08'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Alvarado'}) CREATE (a)-[:CAPTURED {date: date('1866-08'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Alatorre'}), (b:Place {name: 'Jalapa'}) CREATE (a)-[:CAPTURED {date: date('1866-11'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Pachuca'}) CREATE (a)-[:CAPTURED {date: date('1866-11'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Perote'}) CREATE (a)-[:CAPTURED {date: date('1867-01'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// date from context: late 1866
MATCH (a:Person {name: 'Régules'}), (b:Place {name: 'Lerma Valley'}) CREATE (a)-[:CAPTURED {date: date('1866'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
// date from context: late 1866
MATCH (a:Person {name: 'Vicente Riva Palacio'}), (b:Place {name: 'Lerma Valley'}) CREATE (a)-[:CAPTURED {date: date('1866'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]}]->(b);
// -- Republican counteroffensive > Fall of the empire
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Place {name: 'Aguascalientes'}) CREATE (a)-[:CAPTURED {date: date('1867-01-27'), source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// date from context: early 1867
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:CAPTURED {date: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// date from context: early 1867
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Morelia'}) CREATE (a)-[:CAPTURED {date: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
// year from context: 1867
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Querétaro'}) CREATE (a)-[:CAPTURED {date: date('1867-05-14'), source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Execution of Maximilian
// date from context: the day after the 19 June 1867 executions
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:CAPTURED {date: date('1867-06-20'), note: 'the city surrendered', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]}]->(b);

// ======== EVACUATED (24) ========
// -- Background > Multinational intervention
// date from context: after 9 April 1862
MATCH (a:Faction {name: 'British expeditionary force'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:EVACUATED {date: date('1862-04'), source: 'Background > Multinational intervention', lines: [36]}]->(b);
// -- Divisions and disembarkation of allied troops > Spanish Expeditionary Force, January 1862
// date as given: early 1862
MATCH (a:Faction {name: 'Spanish Expeditionary Force'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:EVACUATED {date: date('1862'), note: 'withdrawn for political reasons', source: 'Divisions and disembarkation of allied troops > Spanish Expeditionary Force, January 1862', lines: [399]}]->(b);
// -- French invasion > Proclamation of the empire and international recognition
// date from context: after the fall of Puebla on 17 May 1863
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:EVACUATED {date: date('1863-05'), note: 'the government left after the fall of Puebla', source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]}]->(b);
// -- French invasion > Conquest of Central Mexico
// date from context: before 30 November 1863
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'Morelia'}) CREATE (a)-[:EVACUATED {date: date('1863-11'), source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
// year from context: 1863
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Place {name: 'San Luis Potosí'}) CREATE (a)-[:EVACUATED {date: date('1863-12-22'), note: 'the government meant to move north to Coahuila', source: 'French invasion > Conquest of Central Mexico', lines: [78]}]->(b);
// -- French invasion > Pacific campaign
// year from context: 1864
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Acapulco'}) CREATE (a)-[:EVACUATED {date: date('1864-12'), note: 'the French garrison left the port', source: 'French invasion > Pacific campaign', lines: [114]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// year from context: 1865
MATCH (a:Person {name: 'Auguste Henri Brincourt'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:EVACUATED {date: date('1865-10-29'), note: 'Brincourt thought a 1,000-man garrison would hold the region; Bazaine repeated his order to leave', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// year from context: 1866
MATCH (a:Person {name: 'Jean-Baptiste Billot'}), (b:Place {name: 'Chihuahua City'}) CREATE (a)-[:EVACUATED {date: date('1866-01-31'), note: 'left the city to Indian allies', source: 'Republican counteroffensive > French withdrawal from the North', lines: [171]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Durango'}) CREATE (a)-[:EVACUATED {date: date('1866-11'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Armand Alexandre de Castagny'}), (b:Place {name: 'Durango'}) CREATE (a)-[:EVACUATED {date: date('1866-11'), note: 'withdrew to León', source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Guaymas'}) CREATE (a)-[:EVACUATED {date: date('1866-09'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Gulf campaign
// year from context: 1866
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Mazatlán'}) CREATE (a)-[:EVACUATED {date: date('1866-11-13'), source: 'Republican counteroffensive > Gulf campaign', lines: [194]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Monterrey'}) CREATE (a)-[:EVACUATED {date: date('1866-07-25'), source: 'Republican counteroffensive > Gulf campaign', lines: [198]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Saltillo'}) CREATE (a)-[:EVACUATED {date: date('1866-08-04'), source: 'Republican counteroffensive > Gulf campaign', lines: [198]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Abel Douay'}), (b:Place {name: 'Matehuala'}) CREATE (a)-[:EVACUATED {date: date('1866-10-28'), note: 'then the northernmost imperial post', source: 'Republican counteroffensive > Gulf campaign', lines: [200]}]->(b);
// date from context: Christmas Eve 1866
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Place {name: 'San Luis Potosí'}) CREATE (a)-[:EVACUATED {date: date('1866-12-24'), note: 'retreated to San Felipe', source: 'Republican counteroffensive > Gulf campaign', lines: [200]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Zacatecas'}) CREATE (a)-[:EVACUATED {date: date('1866-11'), source: 'Republican counteroffensive > Gulf campaign', lines: [200]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Guadalajara'}) CREATE (a)-[:EVACUATED {date: date('1866-12-12'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]}]->(b);
// year from context: 1866
MATCH (a:Person {name: 'Gutiérrez'}), (b:Place {name: 'Guadalajara'}) CREATE (a)-[:EVACUATED {date: date('1866-12-19'), note: 'the imperial forces left for Guanajuato', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]}]->(b);
// year from context: 1866
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:EVACUATED {date: date('1866-12'), note: 'an imperial garrison under Mejía stayed', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [211]}]->(b);
MATCH (a:Person {name: 'François Achille Bazaine'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:EVACUATED {date: date('1867-02-05'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [213]}]->(b);
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:EVACUATED {date: date('1867-03-12'), note: 'the last troops sailed for Toulon; more than thirty vessels took part', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [213]}]->(b);
// -- Republican counteroffensive > Fall of the empire
// date from context: early 1867
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Place {name: 'Michoacán'}) CREATE (a)-[:EVACUATED {date: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [220]}]->(b);
// -- Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863
MATCH (a:Faction {name: 'Egyptian Auxiliary Corps'}), (b:Place {name: 'Mexico'}) CREATE (a)-[:EVACUATED {date: date('1867-05'), note: 'withdrawn to Egypt', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379]}]->(b);

// ======== KILLED_IN (5) ========
// -- Infobox
MATCH (a:Person {name: 'Ignacio Comonfort'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:KILLED_IN {note: 'marked killed in action in the infobox; the engagement is not named', source: 'Infobox', lines: [9]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Person {name: 'Antonio Rojas'}), (b:Battle {name: 'Action at Potrerillos'}) CREATE (a)-[:KILLED_IN {date: date('1865-01-28'), source: 'French invasion > Pacific campaign', lines: [124]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// year from context: 1865
MATCH (a:Person {name: 'Antonio Rosales'}), (b:Battle {name: 'Attack on Álamos (1865)'}) CREATE (a)-[:KILLED_IN {date: date('1865-08'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// date from context: about September 1866
MATCH (a:Person {name: 'Edvard Emile Langberg'}), (b:Battle {name: 'Battle of Ures'}) CREATE (a)-[:KILLED_IN {date: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]}]->(b);
// -- Republican counteroffensive > Gulf campaign
// date from context: 1866
MATCH (a:Person {name: 'Pedro José Méndez'}), (b:Battle {name: 'Imperialist raid near Tampico'}) CREATE (a)-[:KILLED_IN {date: date('1866'), source: 'Republican counteroffensive > Gulf campaign', lines: [196]}]->(b);

// ======== EXECUTED (9) ========
// -- French invasion > Conquest of Central Mexico
// year from context: 1864
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Person {name: 'Luigi Ghilardi'}) CREATE (a)-[:EXECUTED {date: date('1864-02-16'), place: 'Colotlán', note: 'reported with Castagny\'s victory at Colotlán', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// date from context: early 1864
MATCH (a:Faction {name: 'French expeditionary force'}), (b:Person {name: 'José María Chávez Alonso'}) CREATE (a)-[:EXECUTED {date: date('1864'), note: 'the executing side is not named; captured in Jerez', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// date from context: after capture on 13 October 1865
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Person {name: 'José María Arteaga'}) CREATE (a)-[:EXECUTED {date: date('1865'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// date from context: after capture on 13 October 1865
MATCH (a:Faction {name: 'Second Mexican Empire'}), (b:Person {name: 'Carlos Salazar Ruiz'}) CREATE (a)-[:EXECUTED {date: date('1865'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// date from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Person {name: 'Refugio Tánori'}) CREATE (a)-[:EXECUTED {date: date('1866'), note: 'executed with his family', source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// date from context: 1866
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Person {name: 'José Almada'}) CREATE (a)-[:EXECUTED {date: date('1866'), note: 'executed with his family', source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Execution of Maximilian
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Person {name: 'Maximilian I'}) CREATE (a)-[:EXECUTED {date: date('1867-06-19'), place: 'Cerro de las Campanas', note: 'by firing squad after a court-martial', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Person {name: 'Miguel Miramón'}) CREATE (a)-[:EXECUTED {date: date('1867-06-19'), place: 'Cerro de las Campanas', note: 'by firing squad alongside Maximilian', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]}]->(b);
MATCH (a:Faction {name: 'Mexican Republic'}), (b:Person {name: 'Tomás Mejía'}) CREATE (a)-[:EXECUTED {date: date('1867-06-19'), place: 'Cerro de las Campanas', note: 'by firing squad alongside Maximilian', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]}]->(b);

// ======== TAKEN_PRISONER (12) ========
// -- French invasion
// year from context: 1863
MATCH (a:Person {name: 'Jesús González Ortega'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1863-05-17'), place: 'Puebla', battle: 'Siege of Puebla', escaped: true, note: 'meant to be sent to France', source: 'French invasion', lines: [54]}]->(b);
// year from context: 1863
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1863-05-17'), place: 'Puebla', battle: 'Siege of Puebla', escaped: true, note: 'meant to be sent to France', source: 'French invasion', lines: [54]}]->(b);
// -- French invasion > Pacific campaign
// date from context: February 1865
MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1865-02'), place: 'Oaxaca City', battle: 'Siege of Oaxaca (1865)', escaped: true, note: 'held at Puebla; escaped after seven months', source: 'French invasion > Pacific campaign', lines: [118]}]->(b);
// -- French invasion > Conquest of Central Mexico
// date from context: early 1864
MATCH (a:Person {name: 'José María Chávez Alonso'}), (b:Faction {name: 'French expeditionary force'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1864'), place: 'Jerez', escaped: false, note: 'the capturing side is not named', source: 'French invasion > Conquest of Central Mexico', lines: [84]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
// year from context: 1865
MATCH (a:Person {name: 'José María Arteaga'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1865-10-13'), place: 'Amatlán', battle: 'Battle of Amatlán', escaped: false, source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// year from context: 1865
MATCH (a:Person {name: 'Carlos Salazar Ruiz'}), (b:Faction {name: 'Second Mexican Empire'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1865-10-13'), place: 'Amatlán', battle: 'Battle of Amatlán', escaped: false, source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]}]->(b);
// -- Republican counteroffensive > Gulf campaign
// date from context: 1866
MATCH (a:Person {name: 'Briant'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1866'), place: 'Santa Isabel', battle: 'Battle of Santa Isabel', escaped: false, source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
// date from context: 1866
MATCH (a:Person {name: 'Refugio Tánori'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1866'), place: 'Sonora', escaped: false, source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// date from context: 1866
MATCH (a:Person {name: 'José Almada'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1866'), place: 'Sonora', escaped: false, source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Siege of Querétaro
// date from context: the night of 14 May 1867
MATCH (a:Person {name: 'Maximilian I'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1867-05'), place: 'Querétaro', battle: 'Siege of Querétaro', escaped: false, source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);
// date from context: the night of 14 May 1867
MATCH (a:Person {name: 'Miguel Miramón'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1867-05'), place: 'Querétaro', battle: 'Siege of Querétaro', escaped: false, source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);
// date from context: the night of 14 May 1867
MATCH (a:Person {name: 'Tomás Mejía'}), (b:Faction {name: 'Mexican Republic'}) CREATE (a)-[:TAKEN_PRISONER {date: date('1867-05'), place: 'Querétaro', battle: 'Siege of Querétaro', escaped: false, source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]}]->(b);
