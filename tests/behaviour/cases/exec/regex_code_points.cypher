// =~ matches code points: '.' is one character whatever its bytes, classes hold any letter, and
// (?i) and \w know letters beyond ASCII.
RETURN 'é' =~ '.' AS one_char, 'Juárez' =~ 'Ju.rez' AS dot, '東京' =~ '..' AS two_wide, '東京' =~ '.' AS not_one,
       'é' =~ '[é]' AS class, 'ÉLIE' =~ '(?i)élie' AS case_insensitive, 'Mejía' =~ '\\w+' AS word,
       'Querétaro' =~ 'Quer.{1}taro' AS counted;
