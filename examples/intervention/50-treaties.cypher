// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Treaty nodes, grouped by the section they are cited from.

// == Background > Multinational intervention ==
CREATE (:Treaty {name: 'Debt moratorium of July 1861', aliases: ['moratorium'], kind: 'decree', date: date('1861-07'), note: 'suspended payments on the foreign debt', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Treaty {name: 'Expulsion of the Spanish diplomats', aliases: ['Spanish diplomats'], kind: 'decree', date: date('1861-07'), note: 'Spain was accused of backing the conservatives in the Reform War', source: 'Background > Multinational intervention', lines: [32]});
// date from context: concluded in response to the July 1861 moratorium, before the December 1861 landing
CREATE (:Treaty {name: 'Convention of London', kind: 'convention', date: date('1861'), note: 'Spain, France and Britain agreed to act together to secure debt repayment', source: 'Background > Multinational intervention', lines: [32]});
// year from context: follows the 7 January 1862 landing (line 32)
CREATE (:Treaty {name: 'Prim\'s manifesto of January 1862', aliases: ['manifesto'], kind: 'manifesto', date: date('1862-01-10'), note: 'denied that the allies meant to conquer Mexico or impose a government', source: 'Background > Multinational intervention', lines: [34]});
// year from context: January 1862
CREATE (:Treaty {name: 'Bill of claims of January 1862', aliases: ['bill of claims'], kind: 'bill of claims', date: date('1862-01-14'), source: 'Background > Multinational intervention', lines: [34]});
// year from context: January 1862
CREATE (:Treaty {name: 'Agreement of January 1862', aliases: ['agreement'], kind: 'agreement', date: date('1862-01-23'), note: 'ratified 23 January; let the allied forces move inland and set the conference at Orizaba; recognized the Juárez government and Mexican sovereignty; Doblado had asked that only 2,000 allied troops come', source: 'Background > Multinational intervention', lines: [34]});
// year from context: April 1862
CREATE (:Treaty {name: 'Allied agreements at Orizaba', aliases: ['agreements at Orizaba'], kind: 'agreement', ended: date('1862-04-09'), note: 'broke down when France made clear it meant to invade', source: 'Background > Multinational intervention', lines: [36]});
// date from context: arranged before the British and Spanish withdrawal in April 1862
CREATE (:Treaty {name: 'Veracruz customs arrangement', aliases: ['custom revenues'], kind: 'agreement', date: date('1862-04'), note: '80% of the customs revenue of Veracruz to go to the foreign creditors', source: 'Background > Multinational intervention', lines: [36]});

// == French invasion ==
// year from context: 1862 (line 44)
CREATE (:Treaty {name: 'French proclamation of 16 April 1862', aliases: ['proclamation'], kind: 'proclamation', date: date('1862-04-16'), note: 'invited Mexicans to join in setting up a new government', source: 'French invasion', lines: [42]});
// year from context: 1862 (line 44)
CREATE (:Treaty {name: 'Almonte\'s manifesto of 17 April 1862', aliases: ['manifesto'], kind: 'manifesto', date: date('1862-04-17'), note: 'assured Mexicans that French intentions were benevolent', source: 'French invasion', lines: [42]});
CREATE (:Treaty {name: 'Martial law in Puebla', aliases: ['martial law'], kind: 'decree', date: date('1863-03-10'), source: 'French invasion', lines: [52]});

// == French invasion > Proclamation of the empire and international recognition ==
// date from context: after the fall of Puebla in May 1863
CREATE (:Treaty {name: 'Emergency powers for Juárez', aliases: ['emergency powers'], kind: 'decree', date: date('1863-05'), note: 'granted by Congress before it closed its session on 31 May', source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]});
// year from context: follows the 10 June 1863 occupation of Mexico City
CREATE (:Treaty {name: 'Resolution of the Assembly of Notables', aliases: ['Assembly resolved'], kind: 'resolution', date: date('1863-07-11'), note: 'declared Mexico a constitutional monarchy and invited Ferdinand Maximilian to the throne', source: 'French invasion > Proclamation of the empire and international recognition', lines: [59]});

// == French invasion > Northern campaign ==
// date from context: after his March 1864 break with Juárez
CREATE (:Treaty {name: 'Vidaurri\'s referendum on joining the empire', aliases: ['referendum'], kind: 'referendum', date: date('1864'), source: 'French invasion > Northern campaign', lines: [106]});

// == French invasion > Pacific campaign ==
// date from context: after the 1865 siege of Oaxaca
CREATE (:Treaty {name: 'Uraga\'s letter to Díaz', aliases: ['letter'], kind: 'letter', date: date('1865'), note: 'urged Díaz to join the imperialists; Díaz refused', source: 'French invasion > Pacific campaign', lines: [118]});

// == Republican counteroffensive ==
// date from context: 1865
CREATE (:Treaty {name: 'Republican message to Maximilian', aliases: ['message'], kind: 'message', date: date('1865'), note: 'urged Maximilian to depart while that was still possible', source: 'Republican counteroffensive', lines: [135]});

// == Republican counteroffensive > Continued Northern campaign and "Black Decree" ==
// year from context: the 1865 paragraphs of the northern campaign
CREATE (:Treaty {name: 'New York loan of 1865', aliases: ['loan'], kind: 'loan', date: date('1865-10-01'), amount_usd: 30000000, source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [151]});
// year from context: the 1865 paragraphs of the northern campaign
CREATE (:Treaty {name: 'Black Decree', kind: 'decree', date: date('1865-10-02'), note: 'ordered that armed Republicans be put to death without quarter or prisoner exchange', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [153]});

// == Republican counteroffensive > French withdrawal from the North ==
CREATE (:Treaty {name: 'French withdrawal announcement of January 1866', aliases: ['withdraw'], kind: 'announcement', date: date('1866-01'), note: 'withdrawal in phases from November 1866 to November 1867', source: 'Republican counteroffensive > French withdrawal from the North', lines: [169]});

// == Republican counteroffensive > French withdrawal from Central Mexico ==
// date from context: late 1866 (see also line 194)
CREATE (:Treaty {name: 'Lozada\'s declaration of neutrality', aliases: ['neutrality'], kind: 'proclamation', date: date('1866'), note: 'Lozada left the war and declared Nayarit neutral', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]});
CREATE (:Treaty {name: 'Full French withdrawal announcement of December 1866', aliases: ['withdrawn'], kind: 'announcement', date: date('1866-12-19'), note: 'all French troops to leave, ahead of the earlier schedule', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [209]});

// == Republican counteroffensive > Fall of the empire ==
// date from context: early 1867, after the council at Orizaba
CREATE (:Treaty {name: 'Division into three military districts', aliases: ['three military districts'], kind: 'order', date: date('1867'), source: 'Republican counteroffensive > Fall of the empire', lines: [216]});
// date from context: early 1867, at Puebla
CREATE (:Treaty {name: 'Orders for a new imperial army', aliases: ['new imperial army'], kind: 'order', date: date('1867'), note: 'also called up a militia', source: 'Republican counteroffensive > Fall of the empire', lines: [216]});

// == Republican counteroffensive > Fall of the empire > Execution of Maximilian ==
// date from context: May–June 1867
CREATE (:Treaty {name: 'Court-martial sentence on Maximilian', aliases: ['court-martial'], kind: 'sentence', date: date('1867'), note: 'death sentence; Juárez refused to commute it', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [246]});

// == Aftermath ==
// date from context: launched after the 1871 election (line 253)
CREATE (:Treaty {name: 'Plan de la Noria', kind: 'plan', date: date('1871'), note: 'revolt against Juárez; nearly defeated when he died', source: 'Aftermath', lines: [255]});
CREATE (:Treaty {name: 'Plan de Tuxtepec', kind: 'plan', date: date('1876'), note: 'successful revolt that gave Díaz the presidency', source: 'Aftermath', lines: [255]});

// == U.S. diplomacy and involvement ==
CREATE (:Treaty {name: 'McLane–Ocampo Treaty', kind: 'treaty', date: date('1859'), amount_usd: 4000000, note: 'ratification failed in the US Senate; would have paid $4 million for US rights and protection', source: 'U.S. diplomacy and involvement', lines: [261]});
CREATE (:Treaty {name: 'Buchanan\'s address of 3 December 1860', aliases: ['speech'], kind: 'address', date: date('1860-12-03'), source: 'U.S. diplomacy and involvement', lines: [261]});
CREATE (:Treaty {name: 'Joint resolution of 4 April 1864', aliases: ['joint resolution'], kind: 'resolution', date: date('1864-04-04'), note: 'declared that the US would not acknowledge a monarchy raised on the ruins of an American republic', source: 'U.S. diplomacy and involvement', lines: [267]});
CREATE (:Treaty {name: 'Hampton Roads Conference', kind: 'conference', date: date('1865'), note: 'briefly discussed a joint north–south action against the French in Mexico', source: 'U.S. diplomacy and involvement', lines: [271]});
CREATE (:Treaty {name: 'Sale of Mexican bonds in the United States', aliases: ['Mexican bonds'], kind: 'bond sale', date: date('1865'), note: 'brought in $16–18 million to buy American war material', source: 'U.S. diplomacy and involvement', lines: [271]});
CREATE (:Treaty {name: 'Monroe Doctrine', kind: 'doctrine', note: 'invoked by the US against a lasting French presence', source: 'U.S. diplomacy and involvement', lines: [273]});
CREATE (:Treaty {name: 'Seward\'s statement of 1868 on the Monroe Doctrine', aliases: ['Seward stated'], kind: 'statement', date: date('1868'), note: 'the doctrine, once only a theory, was now settled fact', source: 'U.S. diplomacy and involvement', lines: [273]});
