RETURN 1 AS x // note @@hex FF@@
