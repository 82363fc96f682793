WITH datetime(<map>) AS x, datetime(<map2>) AS d
RETURN x > d, x < d, x >= d, x <= d, x = d
