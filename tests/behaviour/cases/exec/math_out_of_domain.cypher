// Outside their domain asin and acos give null, as Neo4j documents; cot(0) is Infinity; null in, null out.
RETURN asin(2) AS asin2, acos(-1.5) AS acos_low, cot(0) AS cot0, atan2(null, 1) AS atan2_null, degrees(null) AS deg_null,
       asin(-1) = -pi() / 2 AS asin_edge, acos(-1) = pi() AS acos_edge;
