// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Faction nodes, grouped by the section they are cited from.

// == Introduction ==
CREATE (:Faction {name: 'Mexican Republic', aliases: ['Republic of Mexico', 'Republican', 'Juárez government', 'government of Juárez', 'liberal government', 'Mexican government'], kind: 'state', camp: 'Republican', note: 'the liberal, constitutional government of Benito Juárez', source: 'Introduction', lines: [16, 20]});
// founded: the imperial government was set up in April 1864 (U.S. diplomacy and involvement, line 265)
CREATE (:Faction {name: 'Second Mexican Empire', aliases: ['Mexican Empire', 'imperialist', 'imperial government', 'monarchy', 'the empire'], kind: 'state', camp: 'Interventionist', founded: date('1864-04'), dissolved: date('1867'), note: 'the monarchy of Maximilian, installed with French support', source: 'Introduction', lines: [16, 20]});
CREATE (:Faction {name: 'French Empire', aliases: ['France', 'French', 'Second French Empire', 'French government'], kind: 'state', camp: 'Interventionist', source: 'Introduction', lines: [16]});
CREATE (:Faction {name: 'Mexican Imperial Army', aliases: ['Imperial Army'], kind: 'army', camp: 'Interventionist', source: 'Introduction', lines: [20]});
CREATE (:Faction {name: 'United States', aliases: ['United States of America', 'U.S.', 'US'], kind: 'state', source: 'Introduction', lines: [16, 20]});
CREATE (:Faction {name: 'Confederate States of America', aliases: ['Confederate States', 'Confederate'], kind: 'state', source: 'Introduction', lines: [20]});
CREATE (:Faction {name: 'Spain', aliases: ['Spanish'], kind: 'state', source: 'Introduction', lines: [16]});
CREATE (:Faction {name: 'United Kingdom', aliases: ['Great Britain', 'British'], kind: 'state', source: 'Introduction', lines: [16]});
CREATE (:Faction {name: 'Mexican Conservative Party', aliases: ['conservative', 'Conservative Party'], kind: 'party', camp: 'Interventionist', note: 'the Mexican conservatives, defeated in the Reform War, who backed the intervention', source: 'Introduction', lines: [16, 18]});
CREATE (:Faction {name: 'Catholic Church', kind: 'church', note: 'collaborated with France to install Maximilian', source: 'Introduction', lines: [18]});

// == Background ==
CREATE (:Faction {name: 'First Mexican Empire', kind: 'state', founded: date('1821'), note: 'the empire of Agustín I', source: 'Background', lines: [24]});

// == Background > Multinational intervention ==
CREATE (:Faction {name: 'British expeditionary force', aliases: ['British'], kind: 'expeditionary force', strength: 700, source: 'Background > Multinational intervention', lines: [32, 36]});
CREATE (:Faction {name: 'Austrian Empire', aliases: ['Austria', 'Austrian'], kind: 'state', source: 'Background > Multinational intervention', lines: [38]});
CREATE (:Faction {name: 'Carlists', aliases: ['Carlist'], kind: 'movement', source: 'Background > Multinational intervention', lines: [38]});

// == French invasion ==
CREATE (:Faction {name: 'Mexican pro-French movement', aliases: ['pro-French movement'], kind: 'movement', camp: 'Interventionist', note: 'Mexicans who rallied to Juan Almonte and the French in 1862', source: 'French invasion', lines: [44]});

// == French invasion > Proclamation of the empire and international recognition ==
CREATE (:Faction {name: 'Mexican Congress', aliases: ['Congress'], kind: 'legislature', camp: 'Republican', source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]});
CREATE (:Faction {name: 'Junta Superior de Gobierno', aliases: ['Junta Superior', 'Junta'], kind: 'government body', camp: 'Interventionist', members: 35, founded: date('1863-06-16'), note: 'nominated by the French to elect an executive triumvirate', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});
CREATE (:Faction {name: 'Assembly of Notables', aliases: ['Assembly'], kind: 'assembly', camp: 'Interventionist', members: 215, note: '215 chosen citizens sitting together with the Junta Superior; decided the form of government', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});
CREATE (:Faction {name: 'Regency of the Mexican Empire', aliases: ['Regency'], kind: 'executive', camp: 'Interventionist', founded: date('1863-07-11'), note: 'executive triumvirate of Almonte, Labastida and Salas', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});
CREATE (:Faction {name: 'Belgium', aliases: ['Belgian'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Prussia', aliases: ['Prussian'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Portugal', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Russia', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Netherlands', aliases: ['the Netherlands'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Switzerland', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Ottoman Empire', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Papal States', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Kingdom of Italy', aliases: ['Italy', 'Italian'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Kingdom of Lombardy-Venetia', aliases: ['Lombardy-Venetia'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Faction {name: 'Guatemala', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Empire of Brazil', aliases: ['Brazil'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Honduras', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Nicaragua', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Costa Rica', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'El Salvador', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Chile', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Bolivia', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Colombia', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Venezuela', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Ecuador', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Uruguay', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Argentina', kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});
CREATE (:Faction {name: 'Peru', aliases: ['Peruvian'], kind: 'state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});

// == French invasion > Conquest of Central Mexico ==
CREATE (:Faction {name: 'French Navy', aliases: ['French squadron', 'French vessels', 'naval squadron', 'French naval'], kind: 'navy', camp: 'Interventionist', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Faction {name: 'Republican guerrillas', aliases: ['guerrilla'], kind: 'guerrilla', camp: 'Republican', source: 'French invasion > Conquest of Central Mexico', lines: [68, 72]});
CREATE (:Faction {name: 'Indigenous troops of the Tepic district', aliases: ['Tepic'], kind: 'indigenous troops', camp: 'Interventionist', note: 'led by Manuel Lozada', source: 'French invasion > Conquest of Central Mexico', lines: [88]});
CREATE (:Faction {name: 'Republican forces in the southern states', aliases: ['southern states'], kind: 'army', camp: 'Republican', note: 'Republican forces holding Guerrero, Oaxaca, Tabasco and Chiapas under Porfirio Díaz', source: 'French invasion > Conquest of Central Mexico', lines: [98]});

// == French invasion > Northern campaign ==
CREATE (:Faction {name: 'Vidaurri loyalist troops', aliases: ['Viduarri loyalist troops', 'Vidaurri\'s forces'], kind: 'militia', camp: 'Interventionist', source: 'French invasion > Northern campaign', lines: [106]});

// == French invasion > Pacific campaign ==
CREATE (:Faction {name: 'Republican Central Forces', kind: 'army', camp: 'Republican', note: 'its commander (name left blank in the text) defected', source: 'French invasion > Pacific campaign', lines: [124]});
CREATE (:Faction {name: 'Opata', kind: 'indigenous people', camp: 'Interventionist', source: 'French invasion > Pacific campaign', lines: [128]});
CREATE (:Faction {name: 'Yaqui', kind: 'indigenous people', camp: 'Interventionist', source: 'French invasion > Pacific campaign', lines: [128]});
CREATE (:Faction {name: 'Mayo', kind: 'indigenous people', camp: 'Interventionist', source: 'French invasion > Pacific campaign', lines: [128]});

// == Republican counteroffensive > Continued Northern campaign and "Black Decree" ==
CREATE (:Faction {name: 'US volunteers', kind: 'volunteer corps', camp: 'Republican', note: 'demobilized American Civil War veterans fighting for the Republic', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]});
CREATE (:Faction {name: 'Republican Army of the Center', aliases: ['army of the Center'], kind: 'army', camp: 'Republican', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]});
CREATE (:Faction {name: 'United States Army', aliases: ['US Army', 'U.S. troops'], kind: 'army', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]});
CREATE (:Faction {name: 'African American troops from Clarksville', aliases: ['African American troops'], kind: 'army unit', note: 'US troops who raided Bagdad in January 1866', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]});

// == Republican counteroffensive > Fall of the empire ==
CREATE (:Faction {name: 'Western military district', aliases: ['western'], kind: 'military district', camp: 'Interventionist', note: 'provinces north of Colima, with Durango and Chihuahua', source: 'Republican counteroffensive > Fall of the empire', lines: [216, 218]});
CREATE (:Faction {name: 'Eastern military district', aliases: ['eastern'], kind: 'military district', camp: 'Interventionist', strength: 4000, strength_note: 'nearly 4,000 men', note: 'from Aguascalientes and Tampico northward', source: 'Republican counteroffensive > Fall of the empire', lines: [216, 218]});
CREATE (:Faction {name: 'Central military district', aliases: ['central'], kind: 'military district', camp: 'Interventionist', strength: 4000, strength_note: '4,000 in Michoacán commanded by Ramón Méndez; another 2,000 at Puebla', note: 'the rest of the country down to Chiapas', source: 'Republican counteroffensive > Fall of the empire', lines: [216]});

// == Aftermath ==
CREATE (:Faction {name: 'Liberal Party', aliases: ['liberal'], kind: 'party', camp: 'Republican', source: 'Aftermath', lines: [253, 255]});

// == U.S. diplomacy and involvement ==
CREATE (:Faction {name: 'United States Congress', aliases: ['Congress'], kind: 'legislature', source: 'U.S. diplomacy and involvement', lines: [267]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 ==
CREATE (:Faction {name: 'French expeditionary force', aliases: ['French army', 'French forces', 'French troops'], kind: 'expeditionary force', camp: 'Interventionist', strength: 38493, strength_note: 'peak strength in 1863, 16.25% of the French army', casualties: 6654, casualty_note: '6,654 dead, 4,830 of them from disease', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862', lines: [279]});
CREATE (:Faction {name: 'French Foreign Legion', aliases: ['Foreign Legion'], kind: 'legion', camp: 'Interventionist', casualties: 1918, casualty_note: '1,918 dead from its regiment in Mexico', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862', lines: [279]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d'Infanterie (GdD Bazaine) ==
// the division is named only in its section heading
CREATE (:Faction {name: '1ère Division d\'Infanterie', aliases: ['1^{ère} Division d\'Infanterie'], kind: 'division', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [283]});
CREATE (:Faction {name: '1ère Brigade (1ère Division)', aliases: ['1^{ère} Brigade'], kind: 'brigade', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [284]});
CREATE (:Faction {name: '18e Bataillon de Chasseurs', aliases: ['18^{e} Bataillon de Chasseurs'], kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [285]});
CREATE (:Faction {name: '1er Régiment de Zouaves', aliases: ['1^{er} Régiment de Zouaves'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [286]});
CREATE (:Faction {name: '81e Régiment de Ligne', aliases: ['81^{e} Régiment de Ligne'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [287]});
CREATE (:Faction {name: '2e Brigade (1ère Division)', aliases: ['2^{e} Brigade'], kind: 'brigade', camp: 'Interventionist', note: 'commander not given', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [288]});
CREATE (:Faction {name: '20e Bataillon de Chasseurs', aliases: ['20^{e} Bataillon de Chasseurs'], kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [289]});
CREATE (:Faction {name: '3ème Régiment de Zouaves', aliases: ['3^{ème} Régiment de Zouaves', '3rd Zouave Regiment'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [290]});
CREATE (:Faction {name: '95e Régiment d\'Infanterie légère', aliases: ['95^{e} Régiment d\'Infanterie légère'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [291]});
CREATE (:Faction {name: 'Bataillon de Tirailleurs algériens', kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [292]});
CREATE (:Faction {name: 'Marine artillery batteries (1ère Division)', aliases: ['Marine artillery batteries'], kind: 'artillery', camp: 'Interventionist', strength_note: '2 batteries', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 1^{ère} Division d\'Infanterie (GdD Bazaine)', lines: [293]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d'Infanterie (GdB Douay – acting) ==
// the division is named only in its section heading
CREATE (:Faction {name: '2e Division d\'Infanterie', aliases: ['2^{e} Division d\'Infanterie'], kind: 'division', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [295]});
CREATE (:Faction {name: '1ère Brigade (2e Division)', aliases: ['1^{ère} Brigade'], kind: 'brigade', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [296]});
CREATE (:Faction {name: '1er Bataillon de Chasseurs', aliases: ['1^{er} Bataillon de Chasseurs'], kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [297]});
CREATE (:Faction {name: '2e Régiment de Zouaves', aliases: ['2^{e} Régiment de Zouaves'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [298]});
CREATE (:Faction {name: '99e Régiment d\'Infanterie légère', aliases: ['99^{e} Régiment d\'Infanterie légère'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [299]});
CREATE (:Faction {name: '2e Brigade (2e Division)', aliases: ['2^{e} Brigade'], kind: 'brigade', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [300]});
CREATE (:Faction {name: '7e Bataillon de Chasseurs', aliases: ['7^{e} Bataillon de Chasseurs'], kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [301]});
CREATE (:Faction {name: '51e Régiment de Ligne', aliases: ['51^{e} Régiment de Ligne'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [302]});
CREATE (:Faction {name: '62e Régiment de Ligne', aliases: ['62^{e} Régiment de Ligne'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [303]});
CREATE (:Faction {name: 'Army artillery batteries (2e Division)', aliases: ['Army artillery batteries'], kind: 'artillery', camp: 'Interventionist', strength_note: '2 batteries', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > 2^{e} Division d\'Infanterie (GdB Douay – acting)', lines: [304]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol) ==
// the brigade is named only in its section heading
CREATE (:Faction {name: 'Brigade de Cavallerie', kind: 'brigade', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [306]});
CREATE (:Faction {name: '1er Régiment de Marche', aliases: ['1^{er} Régiment de Marche'], kind: 'regiment', camp: 'Interventionist', strength_note: '2 squadrons each of the 1st and 2nd Chasseurs d\'Afrique', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [307]});
CREATE (:Faction {name: '2e Régiment de Marche', aliases: ['2^{e} Régiment de Marche'], kind: 'regiment', camp: 'Interventionist', strength_note: '2 squadrons each of the 3rd Chasseurs d\'Afrique and the 12th Chasseurs à cheval', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [308]});
CREATE (:Faction {name: '1er Chasseurs d\'Afrique', aliases: ['1^{er} and 2^{e} Chasseurs d\'Afrique'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [307]});
CREATE (:Faction {name: '2e Chasseurs d\'Afrique', aliases: ['2^{e} Chasseurs d\'Afrique'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [307]});
CREATE (:Faction {name: '3e Chasseurs d\'Afrique', aliases: ['3^{e} Chasseurs d\'Afrique', '3rd Regiment of Chasseurs d\'Afrique'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [308]});
CREATE (:Faction {name: '12e Chasseurs à cheval', aliases: ['12^{e} Chasseurs à cheval'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Brigade de Cavallerie (GdB de Mirandol)', lines: [308]});

// == Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade ==
// the brigade is named only in its section heading
CREATE (:Faction {name: 'Naval Brigade', kind: 'brigade', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [310]});
CREATE (:Faction {name: 'Bataillon de Fusiliers-Marins', kind: 'battalion', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [311]});
CREATE (:Faction {name: '2e Régiment d\'Infanterie de Marine', aliases: ['2^{e} Régiment d\'Infanterie de Marine'], kind: 'regiment', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [312]});
CREATE (:Faction {name: '7e Régiment de Ligne', aliases: ['7^{e} Régiment de Ligne'], kind: 'regiment', camp: 'Interventionist', strength: 2000, note: 'not yet arrived on 31 December 1862', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [315]});
CREATE (:Faction {name: '1e Régiment Étranger', aliases: ['1^{e} Régiment Étranger'], kind: 'regiment', camp: 'Interventionist', strength: 4000, note: 'not yet arrived on 31 December 1862', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [316]});
CREATE (:Faction {name: '2e Bataillon d\'Infanterie legère d\'Afrique', aliases: ['2^{e} Bataillon d\'Infanterie legère d\'Afrique'], kind: 'battalion', camp: 'Interventionist', strength: 900, note: 'not yet arrived on 31 December 1862', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [317]});
CREATE (:Faction {name: '5e Régiment de Hussards', aliases: ['5^{e} Régiment de Hussards'], kind: 'regiment', camp: 'Interventionist', note: 'a detachment, not yet arrived on 31 December 1862', source: 'Divisions and disembarkation of allied troops > French expeditionary force, 31 December 1862 > Naval Brigade', lines: [319]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 ==
// founding year from the section heading (Belgian Voluntary Troops, 1864–65)
CREATE (:Faction {name: 'Belgian Volunteers', aliases: ['Belgian Legion', 'Belgian Voluntary Troops', 'Belgian'], kind: 'volunteer corps', camp: 'Interventionist', founded: date('1864'), source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65', lines: [323]});
CREATE (:Faction {name: 'Bataillon de l\'Impératrice Charlotte', aliases: ['Bataillon de l\'Impératrice', 'Impératrice Charlotte'], kind: 'battalion', camp: 'Interventionist', note: 'grenadiers', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65', lines: [325]});
CREATE (:Faction {name: 'Bataillon Roi des Belges', aliases: ['Roi des Belges'], kind: 'battalion', camp: 'Interventionist', note: 'voltigeurs', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65', lines: [326]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 October 1864 ==
CREATE (:Faction {name: '1st Grenadier Company', kind: 'company', camp: 'Interventionist', strength: 152, strength_note: '4 officers, 16 NCOs, 125 grenadiers, 6 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 October 1864', lines: [329]});
CREATE (:Faction {name: '2nd Grenadier Company', kind: 'company', camp: 'Interventionist', strength: 147, strength_note: '4 officers, 16 NCOs, 122 grenadiers, 4 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 October 1864', lines: [331]});
CREATE (:Faction {name: '1st Voltigeur Company', kind: 'company', camp: 'Interventionist', strength: 147, strength_note: '4 officers, 16 NCOs, 122 voltigeurs, 4 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 October 1864', lines: [333]});
CREATE (:Faction {name: '2nd Voltigeur Company', kind: 'company', camp: 'Interventionist', strength: 146, strength_note: '4 officers, 16 NCOs, 121 voltigeurs, 4 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 October 1864', lines: [335]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 14 November 1864 ==
CREATE (:Faction {name: '3rd Grenadier Company', kind: 'company', camp: 'Interventionist', strength: 95, strength_note: '4 officers, 16 NCOs, 68 grenadiers, 6 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 14 November 1864', lines: [339]});
CREATE (:Faction {name: '4th Grenadier Company', kind: 'company', camp: 'Interventionist', strength: 93, strength_note: '4 officers, 15 NCOs, 67 grenadiers, 6 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 14 November 1864', lines: [341]});
CREATE (:Faction {name: '3rd Voltigeur Company', kind: 'company', camp: 'Interventionist', strength: 84, strength_note: '3 officers, 16 NCOs, 61 voltigeurs, 3 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 14 November 1864', lines: [343]});
CREATE (:Faction {name: '4th Voltigeur Company', kind: 'company', camp: 'Interventionist', strength: 92, strength_note: '3 officers, 15 NCOs, 69 voltigeurs, 4 musicians, 1 canteener', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 14 November 1864', lines: [345]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864 ==
CREATE (:Faction {name: '5th Grenadier Company', kind: 'company', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864', lines: [349]});
CREATE (:Faction {name: '6th Grenadier Company', kind: 'company', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864', lines: [350]});
CREATE (:Faction {name: '5th Voltigeur Company', kind: 'company', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864', lines: [351]});
CREATE (:Faction {name: '6th Voltigeur Company', kind: 'company', camp: 'Interventionist', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864', lines: [352]});
CREATE (:Faction {name: 'Belgian contingent of 16 December 1864', aliases: ['volunteers'], kind: 'contingent', camp: 'Interventionist', strength: 362, note: 'the volunteers forming the 5th and 6th grenadier and voltigeur companies', source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 December 1864', lines: [353]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 27 January 1865 ==
CREATE (:Faction {name: 'Belgian contingent of 27 January 1865', aliases: ['volunteers'], kind: 'contingent', camp: 'Interventionist', strength: 189, source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 27 January 1865', lines: [356]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 15 April 1866 ==
CREATE (:Faction {name: '1st Mounted Company', aliases: ['horsemen'], kind: 'company', camp: 'Interventionist', strength_note: '70–80 horsemen', founded: date('1866-04-15'), source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 15 April 1866', lines: [359, 360]});

// == Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 July 1866 ==
CREATE (:Faction {name: '2nd Mounted Company', aliases: ['horsemen'], kind: 'company', camp: 'Interventionist', strength_note: '70–80 horsemen', founded: date('1866-07-16'), source: 'Divisions and disembarkation of allied troops > Belgian Voluntary Troops, 1864–65 > 16 July 1866', lines: [363, 364]});

// == Divisions and disembarkation of allied troops > Austrian Voluntary Corps, December 1864 ==
// founding month from the section heading (Austrian Voluntary Corps, December 1864)
CREATE (:Faction {name: 'Austrian Voluntary Corps', kind: 'volunteer corps', camp: 'Interventionist', strength: 1041, strength_note: '159 officers, 403 Austrian infantry and jägers, 366 Hungarian hussars, 16 Polish uhlans, 67 bombardiers, 30 pioneers (1,041 in all) plus several doctors', founded: date('1864-12'), note: 'its ranks included Hungarians, Poles and others from across the Habsburg lands', source: 'Divisions and disembarkation of allied troops > Austrian Voluntary Corps, December 1864', lines: [368]});

// == Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863 ==
// founding month from the section heading (Egyptian Auxiliary Corps, January 1863)
CREATE (:Faction {name: 'Egyptian Auxiliary Corps', aliases: ['Egyptian Battalion', 'Egyptian Corps', 'Bataillon Egyptien'], kind: 'auxiliary corps', camp: 'Interventionist', strength: 453, strength_note: '453 men, some recruited in the Sudan; ranks listed: soldiers 359, recruits 39, corporals 15, sergeants 8, and one each of battalion commander, captain and lieutenant', casualties: 126, founded: date('1863-01'), dissolved: date('1867-05'), note: 'served in the Veracruz region; withdrawn to Egypt in May 1867', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379, 381]});

// == Divisions and disembarkation of allied troops > Spanish Expeditionary Force, January 1862 ==
CREATE (:Faction {name: 'Spanish Expeditionary Force', aliases: ['Spanish army', 'Spanish'], kind: 'expeditionary force', strength_note: 'infantry 5,373 (two brigades); bombardiers 490; engineers 208; administrators 100; cavalry 173; artillery pieces 26', note: 'regular Spanish army troops led by Juan Prim; withdrawn from Mexico in early 1862', source: 'Divisions and disembarkation of allied troops > Spanish Expeditionary Force, January 1862', lines: [399]});

// == Divisions and disembarkation of allied troops > Counter-Guerrillas ==
CREATE (:Faction {name: 'Counter-Guerrillas', aliases: ['anti-guerrillas', 'anti-guerrilla'], kind: 'counter-guerrilla corps', camp: 'Interventionist', strength: 850, strength_note: 'about 850: two cavalry squadrons, four infantry companies and a small mountain battery', founded: date('1862-10'), note: 'volunteers of many origins under French officers; noted for atrocities', source: 'Divisions and disembarkation of allied troops > Counter-Guerrillas', lines: [402]});

// == Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863 ==
CREATE (:Faction {name: 'Romanian Army', kind: 'army', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]});
