RETURN date('1864') AS y, date('1864-03') AS m, date('1864-09-26') AS d, precision(date('1864-03')) AS p, date('1864-03').month AS month, date('1864').day AS day;
