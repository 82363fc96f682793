// Question: In each theatre of the war's network, are the two sides of its two-colouring the two camps?
CALL algo.two_camps({labels: ['Person'], types: ['FOUGHT_AGAINST']}) YIELD node, side
CALL algo.wcc({labels: ['Person'], types: ['FOUGHT_AGAINST']}) YIELD node AS member, component
WITH node, side, member, component WHERE member = node AND (node)-[:FOUGHT_AGAINST]-()
MATCH (node)-[:MEMBER_OF]->(f:Faction) WHERE f.camp IS NOT NULL
WITH component, side, count(DISTINCT node) AS commanders, collect(DISTINCT f.camp) AS camps, min(node.name) AS first
WITH component, collect({side: side, commanders: commanders, camps: camps}) AS sides, min(first) AS theatre
UNWIND sides AS s
RETURN theatre, s.side AS side, s.commanders AS commanders, s.camps AS camps ORDER BY theatre, side;
