// The standard mathematical functions: trigonometric and their inverses, atan2, cot, haversin, degrees and radians.
RETURN round(sin(pi() / 6), 12) AS sin30, round(cos(pi() / 3), 12) AS cos60, round(tan(pi() / 4), 12) AS tan45,
       round(cot(pi() / 4), 12) AS cot45, asin(1) = pi() / 2 AS asin1, acos(1) AS acos1, atan(0) AS atan0,
       atan2(1, 1) = pi() / 4 AS atan2_diagonal, atan2(0, -1) = pi() AS atan2_west, haversin(0.0) AS hav0,
       round(haversin(pi()), 12) AS hav180, degrees(pi()) AS deg, radians(180) = pi() AS rad, round(e(), 6) AS e;
