// A bad byte in a comment between statements: the script is refused whole, its first statement not run.
CREATE (:Note {text: 'not kept'});
// a comment with a bad byte @@hex FF@@
RETURN 1 AS x
