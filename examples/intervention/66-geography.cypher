// annals example dataset: the Second French intervention in Mexico (1861–1867).
// Source text: second-french-intervention-in-mexico.txt; every record cites its section (source)
// and the 1-based line numbers (lines) it rests on.
// Geography: places the text locates within or next to other places.

// ======== LOCATED_IN (24) ========
// -- French invasion
MATCH (a:Place {name: 'Cerro de Guadalupe'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:LOCATED_IN {note: 'part of the defences of the city', source: 'French invasion', lines: [46]}]->(b);
MATCH (a:Place {name: 'Barranca Seca'}), (b:Place {name: 'Orizaba'}) CREATE (a)-[:LOCATED_IN {note: 'in the vicinity', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Place {name: 'Cerro del Borrego'}), (b:Place {name: 'Orizaba'}) CREATE (a)-[:LOCATED_IN {note: 'in the vicinity', source: 'French invasion', lines: [48]}]->(b);
MATCH (a:Place {name: 'El Ingenio'}), (b:Place {name: 'Orizaba'}) CREATE (a)-[:LOCATED_IN {note: 'north of the city', source: 'French invasion', lines: [44]}]->(b);
// -- French invasion > Conquest of Central Mexico
MATCH (a:Place {name: 'San Juan de los Llanos'}), (b:Place {name: 'Puebla'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Puebla', source: 'French invasion > Conquest of Central Mexico', lines: [70]}]->(b);
MATCH (a:Place {name: 'Actopan'}), (b:Place {name: 'Hidalgo'}) CREATE (a)-[:LOCATED_IN {source: 'French invasion > Conquest of Central Mexico', lines: [72]}]->(b);
MATCH (a:Place {name: 'Morelia'}), (b:Place {name: 'Michoacán'}) CREATE (a)-[:LOCATED_IN {source: 'French invasion > Conquest of Central Mexico', lines: [74]}]->(b);
MATCH (a:Place {name: 'Mérida'}), (b:Place {name: 'Yucatán'}) CREATE (a)-[:LOCATED_IN {note: 'state capital', source: 'French invasion > Conquest of Central Mexico', lines: [82]}]->(b);
MATCH (a:Place {name: 'Villahermosa'}), (b:Place {name: 'Tabasco'}) CREATE (a)-[:LOCATED_IN {note: 'state capital', source: 'French invasion > Conquest of Central Mexico', lines: [86]}]->(b);
MATCH (a:Place {name: 'Minatitlán'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Veracruz', source: 'French invasion > Conquest of Central Mexico', lines: [86]}]->(b);
MATCH (a:Place {name: 'Mexico City Metropolitan Cathedral'}), (b:Place {name: 'Mexico City'}) CREATE (a)-[:LOCATED_IN {source: 'French invasion > Conquest of Central Mexico', lines: [94]}]->(b);
// -- French invasion > Northern campaign
MATCH (a:Place {name: 'Bagdad'}), (b:Place {name: 'Tamaulipas'}) CREATE (a)-[:LOCATED_IN {source: 'French invasion > Northern campaign', lines: [104]}]->(b);
// -- French invasion > Pacific campaign
MATCH (a:Place {name: 'Santo Domingo Yanhuitlán'}), (b:Place {name: 'Oaxaca'}) CREATE (a)-[:LOCATED_IN {note: 'on the route into Oaxaca', source: 'French invasion > Pacific campaign', lines: [116]}]->(b);
MATCH (a:Place {name: 'Oaxaca City'}), (b:Place {name: 'Oaxaca'}) CREATE (a)-[:LOCATED_IN {source: 'French invasion > Pacific campaign', lines: [116]}]->(b);
// -- Republican counteroffensive > Continued Northern campaign and "Black Decree"
MATCH (a:Place {name: 'Chihuahua City'}), (b:Place {name: 'Chihuahua'}) CREATE (a)-[:LOCATED_IN {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
MATCH (a:Place {name: 'El Paso del Norte'}), (b:Place {name: 'US-Mexican border'}) CREATE (a)-[:LOCATED_IN {source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [149]}]->(b);
MATCH (a:Place {name: 'Clarksville'}), (b:Place {name: 'Rio Grande'}) CREATE (a)-[:LOCATED_IN {note: 'at the mouth of the river', source: 'Republican counteroffensive > Continued Northern campaign and "Black Decree"', lines: [166]}]->(b);
// -- Republican counteroffensive > French withdrawal from the North
MATCH (a:Place {name: 'León'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Guanajuato', source: 'Republican counteroffensive > French withdrawal from the North', lines: [173]}]->(b);
// -- Republican counteroffensive > Gulf campaign
MATCH (a:Place {name: 'Santa Isabel'}), (b:Place {name: 'Chihuahua'}) CREATE (a)-[:LOCATED_IN {source: 'Republican counteroffensive > Gulf campaign', lines: [188]}]->(b);
MATCH (a:Place {name: 'San Felipe'}), (b:Place {name: 'Guanajuato'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Guanajuato', source: 'Republican counteroffensive > Gulf campaign', lines: [200]}]->(b);
// -- Republican counteroffensive > French withdrawal from Central Mexico
MATCH (a:Place {name: 'Alvarado'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Veracruz', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
MATCH (a:Place {name: 'Perote'}), (b:Place {name: 'Veracruz'}) CREATE (a)-[:LOCATED_IN {note: 'in the state of Veracruz', source: 'Republican counteroffensive > French withdrawal from Central Mexico', lines: [203]}]->(b);
// -- Republican counteroffensive > Fall of the empire > Execution of Maximilian
MATCH (a:Place {name: 'Cerro de las Campanas'}), (b:Place {name: 'Querétaro'}) CREATE (a)-[:LOCATED_IN {note: 'just outside the city', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [248]}]->(b);
// -- U.S. diplomacy and involvement
MATCH (a:Place {name: 'Baton Rouge Arsenal'}), (b:Place {name: 'Louisiana'}) CREATE (a)-[:LOCATED_IN {source: 'U.S. diplomacy and involvement', lines: [271]}]->(b);
