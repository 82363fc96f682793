MATCH (n:Person {name: 'Porfirio Díaz'}) DELETE n
