// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Battle nodes, grouped by the section they are cited from.

// == Infobox ==
// dates and result from the infobox rows Date and Result (lines 5, 7), which do not repeat the name
CREATE (:Battle {name: 'Second French intervention in Mexico', aliases: ['Second Franco-Mexican War', 'French intervention'], kind: 'war', start: date('1861-12-08'), end: date('1867-06-21'), result: 'Mexican Republican victory', source: 'Infobox', lines: [4]});

// == Introduction ==
CREATE (:Battle {name: 'Reform War', aliases: ['three-year civil war'], kind: 'war', result: 'liberal victory', note: 'Mexican civil war in which the liberal government of Juárez defeated the conservatives', source: 'Introduction', lines: [16, 18]});

// == Background ==
CREATE (:Battle {name: 'Mexican–American War', kind: 'war', source: 'Background', lines: [24]});

// == Background > Multinational intervention ==
CREATE (:Battle {name: 'Crimean War', kind: 'war', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Battle {name: 'Moroccan War', kind: 'war', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Battle {name: 'First Carlist War', kind: 'war', source: 'Background > Multinational intervention', lines: [38]});

// == Republican counteroffensive ==
CREATE (:Battle {name: 'American Civil War', aliases: ['Civil War'], kind: 'war', end: date('1865-04'), result: 'Union victory', source: 'Republican counteroffensive', lines: [131, 133]});

// == Aftermath ==
CREATE (:Battle {name: 'Austro-Prussian War', kind: 'war', start: date('1866'), result: 'Prussian victory', source: 'Aftermath', lines: [257]});
CREATE (:Battle {name: 'Franco-Prussian War', kind: 'war', start: date('1870'), note: 'the Second French Empire collapsed during it', source: 'Aftermath', lines: [257]});

// == See also ==
CREATE (:Battle {name: 'Pastry War', aliases: ['First French Intervention in Mexico'], kind: 'war', source: 'See also', lines: [408]});

// == Background > Multinational intervention ==
CREATE (:Battle {name: 'Allied occupation of Veracruz', aliases: ['Veracruz'], kind: 'occupation', start: date('1861-12-14'), note: 'Spanish troops occupied the port; French and British forces joined on 7 January 1862', source: 'Background > Multinational intervention', lines: [32]});

// == French invasion ==
// date as given: early 1862
CREATE (:Battle {name: 'French advance on Mexico City (1862)', aliases: ['advancing toward Mexico City'], kind: 'campaign', start: date('1862'), result: 'halted at Puebla', source: 'French invasion', lines: [44]});
// date from context: the spring 1862 French advance (lines 42-44)
CREATE (:Battle {name: 'Action at Escamela', aliases: ['Escamela'], kind: 'skirmish', start: date('1862'), result: 'French victory', source: 'French invasion', lines: [44]});
// year from context: the 1862 advance (line 44); also line 20
CREATE (:Battle {name: 'Battle of Puebla', aliases: ['Cinco de Mayo'], kind: 'battle', start: date('1862-05-05'), end: date('1862-05-05'), result: 'Mexican Republican victory', source: 'French invasion', lines: [46]});
// date from context: after the 5 May 1862 battle of Puebla
CREATE (:Battle {name: 'Battle of Barranca Seca', aliases: ['Barranca Seca'], kind: 'battle', start: date('1862'), result: 'Republican defeat', source: 'French invasion', lines: [48]});
// date from context: after the 5 May 1862 battle of Puebla
CREATE (:Battle {name: 'Battle of Cerro del Borrego', aliases: ['Cerro del Borrego'], kind: 'battle', start: date('1862'), result: 'Republican defeat', source: 'French invasion', lines: [48]});
CREATE (:Battle {name: 'Bombardment of Acapulco', aliases: ['Acapulco'], kind: 'naval action', start: date('1863-01-10'), end: date('1863-01-10'), source: 'French invasion', lines: [52]});
// years from context: the paragraph opens on 10 January 1863
CREATE (:Battle {name: 'Siege of Puebla', aliases: ['Puebla'], kind: 'siege', start: date('1863-03-16'), end: date('1863-05-17'), result: 'French victory', source: 'French invasion', lines: [52, 54]});
// year from context: during the 1863 siege of Puebla
CREATE (:Battle {name: 'Defeat of Comonfort\'s relief column', aliases: ['reinforce Puebla'], kind: 'battle', start: date('1863-05-08'), end: date('1863-05-08'), result: 'French and conservative victory', note: 'the text leaves the name of this battle blank', source: 'French invasion', lines: [54]});

// == French invasion > Conquest of Central Mexico ==
// date from context: the 1863 conquest of central Mexico
CREATE (:Battle {name: 'Action on the road to Guanajuato', aliases: ['road to Guanajuato'], kind: 'battle', start: date('1863'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
// date from context: the 1863 conquest of central Mexico
CREATE (:Battle {name: 'Action at Cuayuca', aliases: ['Cuayuca'], kind: 'skirmish', start: date('1863'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
// date from context: the 1863 conquest of central Mexico
CREATE (:Battle {name: 'Action near Puebla (1863)', aliases: ['Puebla'], kind: 'skirmish', start: date('1863'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
// date from context: after the imperialists entered Morelia on 30 November 1863
CREATE (:Battle {name: 'Battle of Morelia (1863)', aliases: ['Morelia'], kind: 'battle', start: date('1863'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [74]});
// year from context: the paragraphs run to the 5 January 1864 entry (line 80)
CREATE (:Battle {name: 'Battle of San Luis Potosí (1863)', aliases: ['San Luis Potosí'], kind: 'battle', start: date('1863-12-27'), end: date('1863-12-27'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [78]});
// date from context: after the 5 January 1864 occupation of Guadalajara
CREATE (:Battle {name: 'French assaults near Guadalajara (1864)', aliases: ['French assaults'], kind: 'battle', start: date('1864'), result: 'French victory', source: 'French invasion > Conquest of Central Mexico', lines: [80]});
CREATE (:Battle {name: 'Capture of Mérida', aliases: ['Mérida'], kind: 'capture', start: date('1864-01-22'), end: date('1864-01-22'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [82]});
// year from context: follows the 7 February 1864 captures (line 84)
CREATE (:Battle {name: 'Battle of Colotlán', aliases: ['Colotlán'], kind: 'battle', start: date('1864-02-16'), end: date('1864-02-16'), result: 'French victory', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
// date from context: before Douay entered Colima in March 1864
CREATE (:Battle {name: 'Action near Cocula', aliases: ['Cocula'], kind: 'skirmish', start: date('1864'), result: 'French victory', source: 'French invasion > Conquest of Central Mexico', lines: [90]});
// date from context: the 1864 paragraphs of Conquest of Central Mexico
CREATE (:Battle {name: 'Battle of Monterrey (1864)', aliases: ['Monterrey'], kind: 'battle', start: date('1864'), result: 'Imperialist victory', source: 'French invasion > Conquest of Central Mexico', lines: [92]});
CREATE (:Battle {name: 'Battle of Taxco', aliases: ['Taxco'], kind: 'battle', start: date('1864-10-26'), end: date('1864-10-26'), result: 'Republican victory', source: 'French invasion > Conquest of Central Mexico', lines: [96]});
// date from context: after the 26 October 1864 battle of Taxco
CREATE (:Battle {name: 'Siege of Iguala', aliases: ['Iguala'], kind: 'siege', start: date('1864'), result: 'siege abandoned by the Republicans', source: 'French invasion > Conquest of Central Mexico', lines: [96]});

// == French invasion > Northern campaign ==
CREATE (:Battle {name: 'Capture of Bagdad', aliases: ['Bagdad'], kind: 'capture', start: date('1864-09-26'), end: date('1864-09-26'), result: 'Imperialist victory', source: 'French invasion > Northern campaign', lines: [104]});
// year from context: Vidaurri broke with Juárez in March 1864
CREATE (:Battle {name: 'Capture of Monterrey (1864)', aliases: ['Monterrey'], kind: 'capture', start: date('1864-08-15'), end: date('1864-08-15'), result: 'Imperialist victory', source: 'French invasion > Northern campaign', lines: [106]});

// == French invasion > Pacific campaign ==
CREATE (:Battle {name: 'Battle of Atenquique', aliases: ['Atenquique'], kind: 'battle', start: date('1864-10-28'), end: date('1864-10-28'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [110]});
// date from context: a few days after 28 October 1864
CREATE (:Battle {name: 'Action near the U.S. border (1864)', aliases: ['U.S. border'], kind: 'battle', start: date('1864'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [110]});
CREATE (:Battle {name: 'Capture of Mazatlán (1864)', aliases: ['Mazatlán'], kind: 'siege', start: date('1864-11-12'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [112]});
// date from context: before the December 1864 evacuation of Acapulco
CREATE (:Battle {name: 'Action at Chilapa de Álvarez', aliases: ['Chilapa de Álvarez'], kind: 'skirmish', start: date('1864'), result: 'Republican victory', source: 'French invasion > Pacific campaign', lines: [114]});
// dates from context: the siege is under way by the end of January 1865; Díaz surrendered after the assault ordered on 9 February
CREATE (:Battle {name: 'Siege of Oaxaca (1865)', aliases: ['Oaxaca'], kind: 'siege', start: date('1865-01'), end: date('1865-02'), result: 'French victory', source: 'French invasion > Pacific campaign', lines: [116, 118]});
// year from context: the 1865 operations in Michoacán
CREATE (:Battle {name: 'Battle of Apatzingán', aliases: ['Apatzingán'], kind: 'battle', start: date('1865-01-31'), end: date('1865-01-31'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [122]});
// year from context: the 1865 operations in Michoacán
CREATE (:Battle {name: 'Battle of Los Reyes', aliases: ['Los Reyes'], kind: 'battle', start: date('1865-05-19'), end: date('1865-05-19'), result: 'Republican victory', source: 'French invasion > Pacific campaign', lines: [122]});
// year from context: the 1865 operations in Michoacán
CREATE (:Battle {name: 'Recapture of Tacámbaro (April 1865)', aliases: ['Tacámbaro'], kind: 'battle', start: date('1865-04-11'), end: date('1865-04-11'), result: 'Republican victory', note: 'the imperialists lost many Belgian soldiers; the town was soon retaken', source: 'French invasion > Pacific campaign', lines: [122]});
// date from context: the 1865 operations in Michoacán
CREATE (:Battle {name: 'Action at Huaniqueo', aliases: ['Huaniqueo'], kind: 'skirmish', start: date('1865'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Battle {name: 'Action at Potrerillos', aliases: ['Potrerillos'], kind: 'skirmish', start: date('1865-01-28'), end: date('1865-01-28'), result: 'French victory', source: 'French invasion > Pacific campaign', lines: [124]});
CREATE (:Battle {name: 'Battle of El Rosario', aliases: ['El Rosario'], kind: 'battle', start: date('1865-04'), result: 'Imperialist victory', source: 'French invasion > Pacific campaign', lines: [126]});
// year from context: Corona returned in September after the April 1865 defeat
CREATE (:Battle {name: 'Battle of Mazatlán (1865)', aliases: ['Mazatlán'], kind: 'battle', start: date('1865-09'), result: 'Republican victory', source: 'French invasion > Pacific campaign', lines: [126]});
// year from context: follows the January 1865 move on Mazatlán (line 126)
CREATE (:Battle {name: 'Landing at Guaymas', aliases: ['Guaymas'], kind: 'landing', start: date('1865-03-29'), end: date('1865-03-29'), source: 'French invasion > Pacific campaign', lines: [128]});
// year from context: the 1865 Sonora operations
CREATE (:Battle {name: 'Battle of 24 September 1865', aliases: ['24 September'], kind: 'battle', start: date('1865-09-24'), end: date('1865-09-24'), result: 'Imperialist victory', note: 'the text leaves the name of this battle blank; the imperialists went on to Hermosillo', source: 'French invasion > Pacific campaign', lines: [128]});

// == Republican counteroffensive > Continued Northern campaign and "Black Decree" ==
// date from context: the 1865 Republican counteroffensive
CREATE (:Battle {name: 'Negrete\'s advance on Matamoros (1865)', aliases: ['Matamoros'], kind: 'campaign', start: date('1865'), result: 'Republican retreat', note: 'the Republicans took the Rio Grande towns from Piedras Negras downstream', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]});
// year from context: follows the 23 April and 4 June 1865 entries (line 141)
CREATE (:Battle {name: 'Skirmish of 31 May 1865', aliases: ['skirmished'], kind: 'skirmish', start: date('1865-05-31'), end: date('1865-05-31'), result: 'Republican retreat', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]});
// year from context: the 1865 operations in Sinaloa
CREATE (:Battle {name: 'Attack on Álamos (1865)', aliases: ['Álamos'], kind: 'battle', start: date('1865-08'), result: 'Republican attack failed', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]});
// date from context: August 1865 onward
CREATE (:Battle {name: 'Republican offensive in Sinaloa (1865)', aliases: ['Sinaloa'], kind: 'campaign', start: date('1865'), result: 'Republican victory', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [147]});
// year from context: after the Black Decree of 2 October 1865
CREATE (:Battle {name: 'Battle of Amatlán', aliases: ['Amatlán'], kind: 'battle', start: date('1865-10-13'), end: date('1865-10-13'), result: 'Imperialist victory', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]});
// year from context: the late-1865 northern campaign
CREATE (:Battle {name: 'Attack on Matamoros (1865)', aliases: ['Matamoros'], kind: 'siege', start: date('1865-10-25'), end: date('1865-11-08'), result: 'Imperialist victory', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [160]});
// year from context: the late-1865 northern campaign
CREATE (:Battle {name: 'Battle of Monterrey (1865)', aliases: ['Monterrey'], kind: 'battle', start: date('1865'), end: date('1865-11-25'), result: 'Imperialist victory', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [164]});
CREATE (:Battle {name: 'Raid on Bagdad (1866)', aliases: ['Bagdad'], kind: 'raid', start: date('1866-01'), end: date('1866-01'), note: 'US troops from Clarksville raided the town and fired on French vessels', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]});

// == Republican counteroffensive > French withdrawal from the North ==
// year from context: the 1866 French withdrawal from the north
CREATE (:Battle {name: 'Battle of Hermosillo (1866)', aliases: ['Hermosillo'], kind: 'battle', start: date('1866-05-04'), end: date('1866-05-05'), result: 'Imperialist victory', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});
// date from context: around the September 1866 French withdrawal from Guaymas
CREATE (:Battle {name: 'Battle of Ures', aliases: ['Ures'], kind: 'battle', start: date('1866'), source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});

// == Republican counteroffensive > Southern campaign ==
CREATE (:Battle {name: 'Battle of Tacámbaro (July 1865)', aliases: ['Tacámbaro'], kind: 'battle', start: date('1865-07'), result: 'Imperialist victory', source: 'Republican counteroffensive > Southern campaign', lines: [181]});
// date as given: spring 1866
CREATE (:Battle {name: 'Attack on Jamiltepec', aliases: ['Jamiltepec'], kind: 'battle', start: date('1866'), source: 'Republican counteroffensive > Southern campaign', lines: [185]});
// date as given: spring 1866
CREATE (:Battle {name: 'Attack on Putla', aliases: ['Putla'], kind: 'battle', start: date('1866'), source: 'Republican counteroffensive > Southern campaign', lines: [185]});
CREATE (:Battle {name: 'Capture of Teotitlan', aliases: ['Teotitlan'], kind: 'capture', start: date('1866-08'), result: 'Republican victory', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
// date from context: after August 1866
CREATE (:Battle {name: 'Repulse of Díaz by Austro-Mexican forces (1866)', aliases: ['Austro-Mexican'], kind: 'battle', start: date('1866'), result: 'Imperialist victory', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
// year from context: the 1866 southern campaign
CREATE (:Battle {name: 'Siege of Oaxaca City (1866)', aliases: ['Oaxaca City'], kind: 'siege', start: date('1866-10'), end: date('1866-11-01'), result: 'Republican victory', note: 'opened with the rout of Oronoz; an Austro-Mexican relief expedition was beaten', source: 'Republican counteroffensive > Southern campaign', lines: [185]});

// == Republican counteroffensive > Gulf campaign ==
// date from context: after the 20 February 1866 reinstatement at Parras
CREATE (:Battle {name: 'Battle of Santa Isabel', aliases: ['Santa Isabel'], kind: 'battle', start: date('1866'), result: 'Republican victory', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
// date from context: spring 1866, before Mejía withdrew on 23 June
CREATE (:Battle {name: 'Battle of Camargo', aliases: ['Camargo'], kind: 'battle', start: date('1866'), result: 'Republican victory', source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
// year from context: the 1866 Gulf campaign
CREATE (:Battle {name: 'Mejía\'s retreat to Veracruz (1866)', aliases: ['Veracruz'], kind: 'retreat', start: date('1866-06-23'), end: date('1866-06-23'), source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
// year from context: November 1866
CREATE (:Battle {name: 'Fall of Matamoros (1866)', aliases: ['Matamoros'], kind: 'capture', start: date('1866-11'), result: 'Republican victory', source: 'Republican counteroffensive > Gulf campaign', lines: [192]});
// date from context: the 1866 Gulf campaign
CREATE (:Battle {name: 'Imperialist raid near Tampico', aliases: ['Tampico'], kind: 'raid', start: date('1866'), source: 'Republican counteroffensive > Gulf campaign', lines: [196]});
// year from context: the 1866 Gulf campaign
CREATE (:Battle {name: 'Capture of Tampico (1866)', aliases: ['Tampico'], kind: 'capture', start: date('1866-05'), end: date('1866-07'), result: 'Republican victory', source: 'Republican counteroffensive > Gulf campaign', lines: [196]});

// == Republican counteroffensive > French withdrawal from Central Mexico ==
// date from context: 1866, before the August surrenders
CREATE (:Battle {name: 'Battle of the Papaloapan River', aliases: ['Papaloapan'], kind: 'battle', start: date('1866'), result: 'Imperialist victory', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
// date from context: 1866
CREATE (:Battle {name: 'Revolt in Papantla and Misantla', aliases: ['Papantla'], kind: 'revolt', start: date('1866'), result: 'revolt crushed', note: 'the text leaves the name of the leader blank', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
// year from context: 1866
CREATE (:Battle {name: 'Capture of Jalapa', aliases: ['Jalapa'], kind: 'capture', start: date('1866-11'), result: 'Republican victory', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
// year from context: late 1866
CREATE (:Battle {name: 'Raid on Cuautitlán', aliases: ['Cuautitlán'], kind: 'raid', start: date('1866-10'), source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
// date from context: late 1866
CREATE (:Battle {name: 'Battle of Ixtla', aliases: ['Ixtla'], kind: 'battle', start: date('1866'), result: 'Republican victory', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});

// == Republican counteroffensive > Fall of the empire ==
CREATE (:Battle {name: 'Capture of Aguascalientes (1867)', aliases: ['Aguascalientes'], kind: 'capture', start: date('1867-01-27'), end: date('1867-01-27'), result: 'Imperialist victory', note: 'Juárez narrowly escaped capture', source: 'Republican counteroffensive > Fall of the empire', lines: [220]});
// year from context: follows the 27 January 1867 entry
CREATE (:Battle {name: 'Battle of San Jacinto', aliases: ['San Jacinto'], kind: 'battle', start: date('1867-02-01'), end: date('1867-02-01'), result: 'Republican victory', note: 'the text speaks of Mejía\'s intention but has Miramón and Castillo escape; they are taken as the beaten commanders', source: 'Republican counteroffensive > Fall of the empire', lines: [220]});

// == Republican counteroffensive > Fall of the empire > Siege of Querétaro ==
// years from context: the 1867 fall of the empire
CREATE (:Battle {name: 'Siege of Querétaro', aliases: ['Querétaro'], kind: 'siege', start: date('1867-03-05'), end: date('1867-05-14'), result: 'Republican victory', note: 'ended when Miguel López opened the gates on the night of 14 May', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [230, 242]});
CREATE (:Battle {name: 'Sortie of 22 March 1867', aliases: ['expedition down the valley'], kind: 'sortie', start: date('1867-03-22'), end: date('1867-03-22'), result: 'Imperialist success', note: 'captured provisions and covered the departure of Márquez', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]});
CREATE (:Battle {name: 'Márquez\'s mission to Mexico City', aliases: ['Mexico City for reinforcements'], kind: 'relief mission', start: date('1867-03-22'), result: 'failed', note: 'no news of it reached Querétaro', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [232]});
// date from context: spring 1867
CREATE (:Battle {name: 'Second relief mission from Querétaro', aliases: ['second mission'], kind: 'relief mission', start: date('1867'), result: 'failed', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [238]});
CREATE (:Battle {name: 'Counterattack at San Gregorio', aliases: ['San Gregorio'], kind: 'battle', start: date('1867-04-01'), end: date('1867-04-01'), result: 'indecisive', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [236]});
CREATE (:Battle {name: 'Battle of Cimatario Hill', aliases: ['Cimatario'], kind: 'battle', start: date('1867-04-27'), end: date('1867-04-27'), result: 'Republican victory', note: 'initial imperialist success was lost when Republican reserves arrived', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]});

// == Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863 ==
CREATE (:Battle {name: 'Single combat of Captain Yarka', aliases: ['Yarka'], kind: 'single combat', start: date('1863-04'), result: 'a Republican colonel killed; Yarka wounded', source: 'Divisions and disembarkation of allied troops > Captain Yarka, Romanian volunteer, 1863', lines: [405]});
