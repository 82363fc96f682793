// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Person nodes, grouped by the section they are cited from.

// == Infobox ==
// death date stated in Aftermath (line 255)
CREATE (:Person {name: 'Benito Juárez', aliases: ['Juárez'], nationality: 'Mexican', role: 'President of Mexico', died: date('1872-07-19'), source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Porfirio Díaz', aliases: ['Díaz'], nationality: 'Mexican', role: 'Republican general, later president', source: 'Infobox', lines: [9]});
// date from context: died of typhoid on 8 September, in the 1862 paragraph of French invasion (line 50)
CREATE (:Person {name: 'Ignacio Zaragoza', aliases: ['Zaragoza'], nationality: 'Mexican', role: 'Republican general', died: date('1862-09-08'), source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Jesús González Ortega', aliases: ['González Ortega'], role: 'Republican general, defender of Puebla', source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Ignacio Comonfort', aliases: ['Comonfort'], nationality: 'Mexican', role: 'former president; Republican commander', note: 'marked killed in action in the infobox', source: 'Infobox', lines: [9]});
// date from context: executed after his capture on 13 October 1865 (line 158)
CREATE (:Person {name: 'José María Arteaga', aliases: ['Arteaga'], role: 'Republican general', died: date('1865'), source: 'Infobox', lines: [9]});
// date from context: executed after his capture on 13 October 1865 (line 158)
CREATE (:Person {name: 'Carlos Salazar Ruiz', aliases: ['Salazar Ruiz', 'Salazar'], role: 'Republican general who led the Army of the Center', died: date('1865'), source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Miguel Negrete', aliases: ['Negrete'], role: 'Republican general', source: 'Infobox', lines: [9]});
// death date stated in Pacific campaign (line 124)
CREATE (:Person {name: 'Antonio Rojas', aliases: ['Rojas'], role: 'Republican guerrilla commander', died: date('1865-01-28'), note: 'marked killed in action in the infobox', source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Mariano Escobedo', aliases: ['Escobedo'], role: 'Republican general', source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Jerónimo Treviño', aliases: ['Treviño'], role: 'Republican commander', source: 'Infobox', lines: [9]});
// date from context: killed near Tampico in the 1866 Gulf campaign (line 196)
CREATE (:Person {name: 'Pedro José Méndez', aliases: ['Méndez'], role: 'Republican colonel', died: date('1866'), note: 'marked killed in action in the infobox', source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Vicente Riva Palacio', aliases: ['Riva Palacio'], role: 'Republican commander, governor of Michoacán', source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Tomás O\'Horán', aliases: ['O\'Horán', 'O\'Horan'], role: 'Republican commander who went over to the empire', note: 'listed among the commanders of both sides', source: 'Infobox', lines: [9, 10]});
CREATE (:Person {name: 'José López Uraga', aliases: ['Uraga', 'López Uraga'], role: 'Republican general who went over to the empire', note: 'listed among the commanders of both sides', source: 'Infobox', lines: [9, 10]});
// date from context: executed on 16 February, in the 1864 paragraphs of Conquest of Central Mexico (line 84)
CREATE (:Person {name: 'Luigi Ghilardi', aliases: ['Ghilardi'], role: 'Republican general', died: date('1864-02-16'), source: 'Infobox', lines: [9]});
CREATE (:Person {name: 'Napoleon III', aliases: ['Napoleon'], nationality: 'French', role: 'Emperor of the French', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'François Achille Bazaine', aliases: ['Bazaine', 'Achille Bazaine'], role: 'French general, commander in Mexico', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Élie Frédéric Forey', aliases: ['Forey', 'Élie Forey'], role: 'French general, commander of the French forces in Mexico', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Abel Douay', aliases: ['Douay'], role: 'French general', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Auguste Henri Brincourt', aliases: ['Brincourt'], role: 'French general', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Pierre Joseph Jeanningros', aliases: ['Jeanningros'], role: 'French colonel, later general', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Armand Alexandre de Castagny', aliases: ['Castagny', 'Armand de Catagny'], role: 'French general', note: 'spelled Armand de Catagny in the infobox', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Georges Charles Cloué', aliases: ['Cloué', 'Georges Cloué'], nationality: 'French', role: 'French naval commander', source: 'Infobox', lines: [10]});
// execution date stated in Execution of Maximilian (line 248)
CREATE (:Person {name: 'Maximilian I', aliases: ['Maximilian', 'Ferdinand Maximilian'], nationality: 'Austrian', role: 'Emperor of Mexico', died: date('1867-06-19'), source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Juan Almonte', aliases: ['Almonte'], nationality: 'Mexican', role: 'conservative general, regent', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Santiago Vidaurri', aliases: ['Vidaurri', 'Viduarri'], nationality: 'Mexican', role: 'governor of Nuevo León and Coahuila', source: 'Infobox', lines: [10]});
// execution date stated in Execution of Maximilian (line 248)
CREATE (:Person {name: 'Tomás Mejía', aliases: ['Mejía'], role: 'conservative general', died: date('1867-06-19'), source: 'Infobox', lines: [10]});
// execution date stated in Execution of Maximilian (line 248)
CREATE (:Person {name: 'Miguel Miramón', aliases: ['Miramón'], role: 'conservative general', died: date('1867-06-19'), source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Leonardo Márquez', aliases: ['Márquez'], nationality: 'Mexican', role: 'conservative general', source: 'Infobox', lines: [10]});
// date from context: executed after Sonora fell in 1866 (line 177)
CREATE (:Person {name: 'Refugio Tánori', aliases: ['Tánori'], role: 'Opata chief', died: date('1866'), source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Manuel Lozada', aliases: ['Lozada'], role: 'western commander of indigenous troops', source: 'Infobox', lines: [10]});
CREATE (:Person {name: 'Ramón Méndez', aliases: ['Méndez'], role: 'imperial colonel, later general', source: 'Infobox', lines: [10]});

// == Background ==
CREATE (:Person {name: 'Agustín I', nationality: 'Mexican', role: 'Emperor of the First Mexican Empire', source: 'Background', lines: [24]});
CREATE (:Person {name: 'Eugénie de Montijo', aliases: ['Eugénie'], nationality: 'Spanish', role: 'Empress of the French', source: 'Background', lines: [24]});
CREATE (:Person {name: 'José María Gutiérrez de Estrada', aliases: ['Gutiérrez de Estrada'], role: 'Mexican monarchist exile', source: 'Background', lines: [24]});
CREATE (:Person {name: 'José Manuel Hidalgo y Esnaurrízar', aliases: ['Hidalgo y Esnaurrízar'], role: 'Mexican monarchist exile', source: 'Background', lines: [24]});

// == Background > Multinational intervention ==
CREATE (:Person {name: 'Juan Prim', aliases: ['Prim'], nationality: 'Spanish', role: 'Spanish general and minister plenipotentiary', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Person {name: 'Francisca de Agüero', nationality: 'Mexican', role: 'wife of Juan Prim', source: 'Background > Multinational intervention', lines: [32]});
// date from context: died a year after fleeing to the United States in 1864 (line 92)
CREATE (:Person {name: 'Manuel Doblado', aliases: ['Doblado'], role: 'Mexican foreign minister', died: date('1865'), source: 'Background > Multinational intervention', lines: [34]});
CREATE (:Person {name: 'Francisco Serrano', nationality: 'Spanish', role: 'Captain-General of Cuba', source: 'Background > Multinational intervention', lines: [38]});
CREATE (:Person {name: 'Leopoldo O\'Donnell', aliases: ['O\'Donnell'], nationality: 'Spanish', role: 'Prime Minister of Spain', source: 'Background > Multinational intervention', lines: [38]});
CREATE (:Person {name: 'Isabel II', nationality: 'Spanish', role: 'Queen of Spain', source: 'Background > Multinational intervention', lines: [38]});

// == French invasion ==
CREATE (:Person {name: 'Gonzáles', aliases: ['Colonel Gonzáles'], role: 'colonel supporting Almonte', source: 'French invasion', lines: [44]});
CREATE (:Person {name: 'Manuel Castellanos', role: 'supporter of Almonte', source: 'French invasion', lines: [44]});
CREATE (:Person {name: 'Desiderio Samaniego', role: 'supporter of Almonte', source: 'French invasion', lines: [44]});
CREATE (:Person {name: 'Antonio Taboada', role: 'general supporting Almonte', source: 'French invasion', lines: [44]});
CREATE (:Person {name: 'Florentino López', nationality: 'Mexican', role: 'conservative general', source: 'French invasion', lines: [48]});
CREATE (:Person {name: 'Juan Vicario', aliases: ['Vicario'], nationality: 'Mexican', role: 'conservative general', source: 'French invasion', lines: [48]});

// == French invasion > Proclamation of the empire and international recognition ==
CREATE (:Person {name: 'Labastida', aliases: ['Archbishop Labastida'], role: 'archbishop, regent', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});
CREATE (:Person {name: 'José Mariano Salas', role: 'regent', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});
CREATE (:Person {name: 'Rafael Carrera', nationality: 'Guatemalan', role: 'president for life of Guatemala', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});

// == French invasion > Conquest of Central Mexico ==
CREATE (:Person {name: 'Catarino Fragoso', role: 'Republican guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [68]});
CREATE (:Person {name: 'León Ugalde', aliases: ['Ugalde'], role: 'Republican guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [68]});
CREATE (:Person {name: 'Juan Chávez', role: 'imperialist commander', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Person {name: 'José Antonio Rodríguez', role: 'colonel', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Person {name: 'Gavito', role: 'imperialist commander', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
CREATE (:Person {name: 'Jesús María Visoso', aliases: ['Visoso'], role: 'imperialist commander', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
CREATE (:Person {name: 'Berthier', aliases: ['de Berthier'], role: 'French general', source: 'French invasion > Conquest of Central Mexico', lines: [74]});
CREATE (:Person {name: 'Garnier', aliases: ['Colonel Garnier'], role: 'French colonel', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
// date from context: executed in the early-1864 campaign in Aguascalientes and Zacatecas (line 84)
CREATE (:Person {name: 'José María Chávez Alonso', role: 'Republican governor of Aguascalientes', died: date('1864'), source: 'French invasion > Conquest of Central Mexico', lines: [84]});
CREATE (:Person {name: 'Simón Gutiérrez', role: 'Republican guerrilla commander', source: 'French invasion > Conquest of Central Mexico', lines: [90]});
CREATE (:Person {name: 'Charlotte of Belgium', aliases: ['Charlotte'], role: 'Empress of Mexico, wife of Maximilian', source: 'French invasion > Conquest of Central Mexico', lines: [94]});
CREATE (:Person {name: 'Marcos Toledo', role: 'imperialist commander', source: 'French invasion > Conquest of Central Mexico', lines: [96]});

// == French invasion > Northern campaign ==
CREATE (:Person {name: 'Charles-Louis Du Pin', aliases: ['Du Pin'], role: 'commander of the anti-guerrilla corps', source: 'French invasion > Northern campaign', lines: [102]});
CREATE (:Person {name: 'Thomas Louis Le Normant de Kergrist', aliases: ['de Kergrist', 'Kergrist'], role: 'French naval commander in the Pacific', source: 'French invasion > Northern campaign', lines: [104]});
CREATE (:Person {name: 'Juan Cortina', aliases: ['Cortina'], role: 'commander at Bagdad', source: 'French invasion > Northern campaign', lines: [104]});

// == French invasion > Pacific campaign ==
CREATE (:Person {name: 'Carlos Rivas', role: 'imperialist general', source: 'French invasion > Pacific campaign', lines: [110]});
CREATE (:Person {name: 'Courtois d\'Hurbal', role: 'general in the Oaxaca campaign', source: 'French invasion > Pacific campaign', lines: [116]});
CREATE (:Person {name: 'Mangin', nationality: 'French', role: 'French colonel; commandant of the Egyptian corps', note: 'the text calls him colonel at Oaxaca and commandant of the Egyptian corps; taken as one person', source: 'French invasion > Pacific campaign', lines: [120]});
CREATE (:Person {name: 'Luis Pérez Figueroa', role: 'Republican general', source: 'French invasion > Pacific campaign', lines: [120]});
CREATE (:Person {name: 'Nicolás Romero', role: 'Republican commander', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Person {name: 'Potier', aliases: ['Poiter'], role: 'imperial colonel', note: 'spelled Poiter once in the text', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Person {name: 'Fermín Valdés', role: 'Republican commander', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Person {name: 'Régules', role: 'Republican commander', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Person {name: 'Ramón Corona', aliases: ['Corona'], role: 'Republican general', source: 'French invasion > Pacific campaign', lines: [126]});

// == Republican counteroffensive ==
// date from context: assassinated shortly after the April 1865 end of major hostilities (line 133)
CREATE (:Person {name: 'Abraham Lincoln', aliases: ['Lincoln'], nationality: 'American', role: 'President of the United States', died: date('1865'), source: 'Republican counteroffensive', lines: [131, 133]});
CREATE (:Person {name: 'Andrew Johnson', nationality: 'American', role: 'President of the United States', source: 'Republican counteroffensive', lines: [133]});

// == Republican counteroffensive > Continued Northern campaign and "Black Decree" ==
CREATE (:Person {name: 'Baron Neigre', aliases: ['Neigre'], role: 'French general', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]});
CREATE (:Person {name: 'Cotteret', role: 'colonel commanding the regiment at Guaymas', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]});
// date from context: killed in August, in the 1865 paragraphs (line 147)
CREATE (:Person {name: 'Antonio Rosales', role: 'Republican commander', died: date('1865-08'), source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]});
CREATE (:Person {name: 'Jean-Baptiste Billot', aliases: ['Billot'], role: 'commander of the Chihuahua expedition', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [162]});
CREATE (:Person {name: 'Godfrey Weitzel', aliases: ['Weitzel'], role: 'US commander at Clarksville', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]});

// == Republican counteroffensive > French withdrawal from the North ==
CREATE (:Person {name: 'William H. Seward', aliases: ['Seward'], nationality: 'American', role: 'US Secretary of State', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]});
// date from context: killed near the time of the September 1866 French withdrawal from Guaymas (line 175)
CREATE (:Person {name: 'Edvard Emile Langberg', aliases: ['Langberg'], role: 'imperialist general in Sonora', died: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});
CREATE (:Person {name: 'Ángel Martínez', role: 'Republican commander', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});
// date from context: executed after Sonora fell in 1866 (line 177)
CREATE (:Person {name: 'José Almada', role: 'imperialist commander', died: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [177]});

// == Republican counteroffensive > Southern campaign ==
CREATE (:Person {name: 'Van der Smissen', role: 'lieutenant colonel on the imperial side', source: 'Republican counteroffensive > Southern campaign', lines: [181]});
CREATE (:Person {name: 'Montenegro', role: 'imperialist general holding Acapulco', source: 'Republican counteroffensive > Southern campaign', lines: [183]});
CREATE (:Person {name: 'Prieto', role: 'imperialist prefect of Tehuantepec', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
CREATE (:Person {name: 'Oronoz', role: 'imperialist general', source: 'Republican counteroffensive > Southern campaign', lines: [185]});

// == Republican counteroffensive > Gulf campaign ==
CREATE (:Person {name: 'Gonzáles Herrera', role: 'Republican commander', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
CREATE (:Person {name: 'Briant', role: 'imperialist commander', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
CREATE (:Person {name: 'Campos', role: 'imperialist prefect of Parras', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
CREATE (:Person {name: 'Olvera', role: 'imperialist general', source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
CREATE (:Person {name: 'Tuce', role: 'imperialist commander', source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
CREATE (:Person {name: 'Aureliano Rivera', role: 'Republican commander', source: 'Republican counteroffensive > Gulf campaign', lines: [196]});

// == Republican counteroffensive > French withdrawal from Central Mexico ==
CREATE (:Person {name: 'Alatorre', role: 'Republican commander', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Person {name: 'Ortiz de la Peña', role: 'imperialist commander', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Person {name: 'Gutiérrez', aliases: ['General Gutiérrez'], role: 'imperialist general at Guadalajara', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]});
CREATE (:Person {name: 'Pérez Gómez', role: 'imperialist general at Veracruz', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [213]});

// == Republican counteroffensive > Fall of the empire ==
CREATE (:Person {name: 'Auza', aliases: ['Governor Auza'], role: 'Republican governor', source: 'Republican counteroffensive > Fall of the empire', lines: [220]});
CREATE (:Person {name: 'Castillo', role: 'imperialist general', source: 'Republican counteroffensive > Fall of the empire', lines: [220]});

// == Republican counteroffensive > Fall of the empire > Siege of Querétaro ==
CREATE (:Person {name: 'Aguirre', aliases: ['Minister Aguirre'], role: 'imperial minister', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [224]});
CREATE (:Person {name: 'Miguel López', aliases: ['López'], role: 'imperial colonel who opened Querétaro to the Republicans', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [224]});
CREATE (:Person {name: 'Casanova', role: 'imperialist divisional commander', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]});
CREATE (:Person {name: 'Reyes', role: 'imperial chief of engineers', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]});
CREATE (:Person {name: 'Arellano', role: 'imperial chief of artillery', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [226]});
CREATE (:Person {name: 'Hubert Howe Bancroft', aliases: ['Bancroft'], role: 'historian', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [228]});

// == Republican counteroffensive > Fall of the empire > Execution of Maximilian ==
CREATE (:Person {name: 'Victor Hugo', role: 'writer who pleaded for Maximilian', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [246]});
CREATE (:Person {name: 'Giuseppe Garibaldi', role: 'pleaded for Maximilian', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [246]});

// == Aftermath ==
CREATE (:Person {name: 'Sebastián Lerdo de Tejada', aliases: ['Lerdo'], nationality: 'Mexican', role: 'interim president of Mexico', source: 'Aftermath', lines: [255]});

// == U.S. diplomacy and involvement ==
CREATE (:Person {name: 'James Buchanan', nationality: 'American', role: 'President of the United States', source: 'U.S. diplomacy and involvement', lines: [261]});
CREATE (:Person {name: 'Herman Sturm', role: 'general and arms agent for the Republic', source: 'U.S. diplomacy and involvement', lines: [271]});
CREATE (:Person {name: 'Philip Sheridan', role: 'US general', source: 'U.S. diplomacy and involvement', lines: [271]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d'Infanterie (GdB Douay – acting) ==
CREATE (:Person {name: 'Hellier', role: 'colonel, acting brigade commander', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [296]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol) ==
// named only in the section heading
CREATE (:Person {name: 'de Mirandol', aliases: ['Mirandol'], role: 'French cavalry brigade commander', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [306]});

// == Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863 ==
CREATE (:Person {name: 'Yarka', aliases: ['Captain Yarka'], nationality: 'Romanian', role: 'Romanian army captain volunteering with the French', note: 'called Wallachian in French sources of the time', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]});
