// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Place nodes, grouped by the section they are cited from.

// == Infobox ==
CREATE (:Place {name: 'Mexico', kind: 'country', source: 'Infobox', lines: [6]});

// == Introduction ==
CREATE (:Place {name: 'Mexico City', aliases: ['Mexican capital', 'national capital'], kind: 'city', note: 'the national capital', source: 'Introduction', lines: [16, 20]});
CREATE (:Place {name: 'Metropolitan France', kind: 'country', source: 'Introduction', lines: [20]});

// == Background > Multinational intervention ==
CREATE (:Place {name: 'Veracruz', kind: 'port', note: 'main port of Mexico; also the name of its state', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Place {name: 'Cuba', kind: 'island', note: 'Spanish colony', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Place {name: 'Puerto Rico', kind: 'island', source: 'Background > Multinational intervention', lines: [32]});
CREATE (:Place {name: 'Orizaba', kind: 'city', source: 'Background > Multinational intervention', lines: [34]});
CREATE (:Place {name: 'Philippines', kind: 'archipelago', note: 'Spanish colony', source: 'Background > Multinational intervention', lines: [38]});
CREATE (:Place {name: 'Cochinchina', kind: 'region', source: 'Background > Multinational intervention', lines: [38]});

// == French invasion ==
CREATE (:Place {name: 'Escamela', kind: 'town', source: 'French invasion', lines: [44]});
CREATE (:Place {name: 'El Ingenio', kind: 'town', source: 'French invasion', lines: [44]});
CREATE (:Place {name: 'Puebla', kind: 'city', note: 'also the name of its state', source: 'French invasion', lines: [44]});
CREATE (:Place {name: 'Isla del Carmen', kind: 'island', source: 'French invasion', lines: [44]});
CREATE (:Place {name: 'Cerro de Guadalupe', kind: 'hill', source: 'French invasion', lines: [46]});
CREATE (:Place {name: 'Barranca Seca', kind: 'locality', source: 'French invasion', lines: [48]});
CREATE (:Place {name: 'Cerro del Borrego', kind: 'hill', source: 'French invasion', lines: [48]});
CREATE (:Place {name: 'Acapulco', kind: 'port', source: 'French invasion', lines: [52]});

// == French invasion > Proclamation of the empire and international recognition ==
CREATE (:Place {name: 'San Luis Potosí', kind: 'city', note: 'also the name of its state', source: 'French invasion > Proclamation of the empire and international recognition', lines: [57]});
CREATE (:Place {name: 'Veneto', kind: 'region', source: 'French invasion > Proclamation of the empire and international recognition', lines: [61]});
CREATE (:Place {name: 'Havana', kind: 'port', source: 'French invasion > Proclamation of the empire and international recognition', lines: [63]});

// == French invasion > Conquest of Central Mexico ==
CREATE (:Place {name: 'Cuernavaca', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [68]});
CREATE (:Place {name: 'Pachuca', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [68]});
CREATE (:Place {name: 'Tulancingo', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [68]});
CREATE (:Place {name: 'Guanajuato', kind: 'city', note: 'also the name of its state', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Place {name: 'San Juan de los Llanos', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Place {name: 'Tampico', kind: 'port', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Place {name: 'Jalisco', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Place {name: 'Oaxaca', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
CREATE (:Place {name: 'Actopan', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
CREATE (:Place {name: 'Hidalgo', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
CREATE (:Place {name: 'Cuayuca', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [72]});
CREATE (:Place {name: 'Morelia', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [74]});
CREATE (:Place {name: 'Michoacán', aliases: ['Michoacan'], kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [74]});
CREATE (:Place {name: 'Querétaro', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [76]});
CREATE (:Place {name: 'Coahuila', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [78]});
CREATE (:Place {name: 'Guadalajara', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [80]});
CREATE (:Place {name: 'Fresnillo', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [80]});
CREATE (:Place {name: 'Yucatán', aliases: ['Yucatan'], kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [82]});
CREATE (:Place {name: 'Mérida', kind: 'city', note: 'state capital of Yucatán', source: 'French invasion > Conquest of Central Mexico', lines: [82]});
CREATE (:Place {name: 'Aguascalientes', kind: 'city', note: 'also the name of its state', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
CREATE (:Place {name: 'Zacatecas', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
CREATE (:Place {name: 'Colotlán', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
CREATE (:Place {name: 'Jerez', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [84]});
CREATE (:Place {name: 'Chiapas', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [86]});
CREATE (:Place {name: 'Tabasco', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [86]});
CREATE (:Place {name: 'Villahermosa', kind: 'city', note: 'state capital of Tabasco', source: 'French invasion > Conquest of Central Mexico', lines: [86]});
CREATE (:Place {name: 'Minatitlán', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [86]});
CREATE (:Place {name: 'Tepic', kind: 'district', source: 'French invasion > Conquest of Central Mexico', lines: [88]});
CREATE (:Place {name: 'Cocula', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [90]});
CREATE (:Place {name: 'Colima', kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [90]});
CREATE (:Place {name: 'Sierra Hermosa', kind: 'mountains', source: 'French invasion > Conquest of Central Mexico', lines: [92]});
CREATE (:Place {name: 'Monterrey', aliases: ['Monterey'], kind: 'city', source: 'French invasion > Conquest of Central Mexico', lines: [92]});
CREATE (:Place {name: 'Mexico City Metropolitan Cathedral', kind: 'cathedral', source: 'French invasion > Conquest of Central Mexico', lines: [94]});
CREATE (:Place {name: 'Taxco', kind: 'town', note: 'silver mining town', source: 'French invasion > Conquest of Central Mexico', lines: [96]});
CREATE (:Place {name: 'Iguala', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [96]});
CREATE (:Place {name: 'Manzanillo', kind: 'port', source: 'French invasion > Conquest of Central Mexico', lines: [98]});
CREATE (:Place {name: 'Mazatlán', kind: 'port', source: 'French invasion > Conquest of Central Mexico', lines: [98]});
CREATE (:Place {name: 'Guaymas', kind: 'port', source: 'French invasion > Conquest of Central Mexico', lines: [98]});
CREATE (:Place {name: 'Guerrero', kind: 'state', source: 'French invasion > Conquest of Central Mexico', lines: [98]});
CREATE (:Place {name: 'California', kind: 'US state', source: 'French invasion > Conquest of Central Mexico', lines: [98]});
CREATE (:Place {name: 'Texas', kind: 'US state', source: 'French invasion > Conquest of Central Mexico', lines: [98]});

// == French invasion > Northern campaign ==
CREATE (:Place {name: 'Sinaloa', kind: 'state', source: 'French invasion > Northern campaign', lines: [104]});
CREATE (:Place {name: 'Bagdad', kind: 'port', note: 'in Tamaulipas', source: 'French invasion > Northern campaign', lines: [104]});
CREATE (:Place {name: 'Tamaulipas', kind: 'state', source: 'French invasion > Northern campaign', lines: [104]});
CREATE (:Place {name: 'Nuevo León', kind: 'state', source: 'French invasion > Northern campaign', lines: [106]});
CREATE (:Place {name: 'Parras', kind: 'town', source: 'French invasion > Northern campaign', lines: [106]});
CREATE (:Place {name: 'Rio Grande', kind: 'river', source: 'French invasion > Northern campaign', lines: [106]});

// == French invasion > Pacific campaign ==
CREATE (:Place {name: 'Atenquique', kind: 'ravine', source: 'French invasion > Pacific campaign', lines: [110]});
CREATE (:Place {name: 'Chilapa de Álvarez', kind: 'town', source: 'French invasion > Pacific campaign', lines: [114]});
CREATE (:Place {name: 'Santo Domingo Yanhuitlán', kind: 'town', source: 'French invasion > Pacific campaign', lines: [116]});
CREATE (:Place {name: 'Oaxaca City', kind: 'city', source: 'French invasion > Pacific campaign', lines: [116]});
CREATE (:Place {name: 'Apatzingán', kind: 'town', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Place {name: 'Los Reyes', kind: 'town', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Place {name: 'Tacámbaro', kind: 'town', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Place {name: 'Zitácuaro', aliases: ['Zitacuaro'], kind: 'town', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Place {name: 'Huaniqueo', kind: 'town', source: 'French invasion > Pacific campaign', lines: [122]});
CREATE (:Place {name: 'Potrerillos', kind: 'locality', source: 'French invasion > Pacific campaign', lines: [124]});
CREATE (:Place {name: 'El Rosario', kind: 'town', source: 'French invasion > Pacific campaign', lines: [126]});
CREATE (:Place {name: 'Álamos', kind: 'town', source: 'French invasion > Pacific campaign', lines: [128]});
CREATE (:Place {name: 'Hermosillo', kind: 'city', source: 'French invasion > Pacific campaign', lines: [128]});

// == Republican counteroffensive > Continued Northern campaign and "Black Decree" ==
CREATE (:Place {name: 'Saltillo', kind: 'city', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]});
CREATE (:Place {name: 'Matamoros', kind: 'city', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]});
CREATE (:Place {name: 'Piedras Negras', kind: 'town', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [139]});
CREATE (:Place {name: 'Ciudad Victoria', kind: 'city', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [141]});
CREATE (:Place {name: 'Ciudad Tula', kind: 'town', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [141]});
CREATE (:Place {name: 'Mapimí', kind: 'border region', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [143]});
CREATE (:Place {name: 'Chihuahua', kind: 'state', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]});
CREATE (:Place {name: 'Chihuahua City', kind: 'city', note: 'provisional capital of the Republic in 1865', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]});
CREATE (:Place {name: 'Durango', kind: 'city', note: 'also the name of its state', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]});
CREATE (:Place {name: 'El Paso del Norte', kind: 'town', note: 'on the US-Mexican border', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]});
CREATE (:Place {name: 'US-Mexican border', aliases: ['border'], kind: 'border region', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149, 162]});
CREATE (:Place {name: 'New York City', kind: 'city', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [151]});
CREATE (:Place {name: 'Amatlán', kind: 'town', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [158]});
CREATE (:Place {name: 'Clarksville', kind: 'town', note: 'a town, now gone, where the Rio Grande meets the sea', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]});

// == Republican counteroffensive > French withdrawal from the North ==
CREATE (:Place {name: 'León', kind: 'city', note: 'in Guanajuato', source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]});
CREATE (:Place {name: 'Sonora', kind: 'state', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});
CREATE (:Place {name: 'Ures', kind: 'town', source: 'Republican counteroffensive > French withdrawal from the North', lines: [175]});

// == Republican counteroffensive > Southern campaign ==
CREATE (:Place {name: 'Toluca', kind: 'region', source: 'Republican counteroffensive > Southern campaign', lines: [183]});
CREATE (:Place {name: 'Tehuantepec', kind: 'town', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
CREATE (:Place {name: 'Jamiltepec', kind: 'town', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
CREATE (:Place {name: 'Putla', kind: 'town', source: 'Republican counteroffensive > Southern campaign', lines: [185]});
CREATE (:Place {name: 'Teotitlan', kind: 'town', source: 'Republican counteroffensive > Southern campaign', lines: [185]});

// == Republican counteroffensive > Gulf campaign ==
CREATE (:Place {name: 'Linares', kind: 'town', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
CREATE (:Place {name: 'Santa Isabel', kind: 'town', note: 'in Chihuahua', source: 'Republican counteroffensive > Gulf campaign', lines: [188]});
CREATE (:Place {name: 'Charco Escondido', kind: 'locality', source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
CREATE (:Place {name: 'Camargo', kind: 'town', source: 'Republican counteroffensive > Gulf campaign', lines: [190]});
CREATE (:Place {name: 'Gulf of Mexico', kind: 'sea', source: 'Republican counteroffensive > Gulf campaign', lines: [196]});
CREATE (:Place {name: 'Tuxpan', kind: 'port', source: 'Republican counteroffensive > Gulf campaign', lines: [196]});
CREATE (:Place {name: 'Matehuala', kind: 'town', source: 'Republican counteroffensive > Gulf campaign', lines: [200]});
CREATE (:Place {name: 'San Felipe', kind: 'town', note: 'in Guanajuato', source: 'Republican counteroffensive > Gulf campaign', lines: [200]});

// == Republican counteroffensive > French withdrawal from Central Mexico ==
CREATE (:Place {name: 'Papaloapan River', aliases: ['Papaloapan'], kind: 'river', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Tlacotalpan', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Alvarado', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Papantla', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Misantla', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Jalapa', kind: 'city', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Perote', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]});
CREATE (:Place {name: 'Cuautitlán', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Place {name: 'Chalco de Díaz Covarrubias', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Place {name: 'Tlalpan', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Place {name: 'Ixtla', kind: 'town', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Place {name: 'Lerma Valley', kind: 'valley', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [205]});
CREATE (:Place {name: 'Nayarit', kind: 'region', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [207]});
CREATE (:Place {name: 'Toulon', kind: 'port', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [213]});

// == Republican counteroffensive > Fall of the empire ==
CREATE (:Place {name: 'San Jacinto', kind: 'locality', source: 'Republican counteroffensive > Fall of the empire', lines: [220]});

// == Republican counteroffensive > Fall of the empire > Siege of Querétaro ==
CREATE (:Place {name: 'San Gregorio', kind: 'hill', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [230, 236]});
CREATE (:Place {name: 'Cimatario Hill', aliases: ['Cimatario'], kind: 'hill', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [240]});
CREATE (:Place {name: 'Sierra Gorda', kind: 'mountains', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [242]});

// == Republican counteroffensive > Fall of the empire > Execution of Maximilian ==
CREATE (:Place {name: 'Cerro de las Campanas', kind: 'hill', note: 'outside Querétaro', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]});

// == U.S. diplomacy and involvement ==
CREATE (:Place {name: 'Baton Rouge Arsenal', kind: 'arsenal', source: 'U.S. diplomacy and involvement', lines: [271]});
CREATE (:Place {name: 'Louisiana', kind: 'US state', source: 'U.S. diplomacy and involvement', lines: [271]});

// == Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863 ==
CREATE (:Place {name: 'Egypt', kind: 'country', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379]});
CREATE (:Place {name: 'Sudan', kind: 'region', source: 'Divisions and disembarkation of allied troops > Egyptian Auxiliary Corps, January 1863', lines: [379, 381]});
