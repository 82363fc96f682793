CREATE NODE TABLE Battle(name STRING, aliases STRING[], kind STRING, start DATE, end DATE, result STRING, note STRING, source STRING, lines INT64[], PRIMARY KEY(name));
