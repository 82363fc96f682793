RETURN keys({name: 'Alice', age: 38, address: {city: 'London', residential: true}}) AS k
