CALL dbms.procedures() YIELD name, signature WHERE name STARTS WITH 'algo.' RETURN signature ORDER BY name
