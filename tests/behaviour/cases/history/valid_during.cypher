CREATE (:F)-[:M {since: date('1863'), until: date('1866')}]->(:F);
MATCH ()-[m:M]->() RETURN valid_during(m, date('1864'), date('1865')) AS inside, valid_during(m, date('1860'), date('1861')) AS before, valid_during(m, date('1862'), date('1864')) AS straddles;
