CREATE (:City {name: 'Puebla', founded: date('1531-04-16')}), (:City {name: 'Querétaro', founded: date('1531')});
