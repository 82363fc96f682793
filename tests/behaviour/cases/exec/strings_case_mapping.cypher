// toUpper and toLower map code points: Latin-1, Latin Extended-A, Greek and Cyrillic; ß upper-cases to SS.
RETURN toUpper('mejía ñandú') AS latin1, toLower('ÉLIE FRÉDÉRIC') AS latin1_lower, toUpper('łódź žižek ő') AS extended_a,
       toLower('ŁÓDŹ ŽIŽEK Ő') AS extended_a_lower, toUpper('αλφάβητο ς') AS greek, toLower('ΑΘΗΝΑ') AS greek_lower,
       toUpper('москва') AS cyrillic, toLower('ЁЛКА') AS cyrillic_lower, toUpper('straße') AS eszett,
       toUpper('東京 ı') AS other, toLower('İ') AS dotted_capital_i;
