WITH <values> AS values
WITH values, size(values) AS numOfValues
UNWIND values AS value
WITH size([ x IN values WHERE x < value ]) AS x, value, numOfValues
  ORDER BY value
WITH numOfValues, collect(x) AS orderedX
RETURN orderedX = range(0, numOfValues-1) AS equal
