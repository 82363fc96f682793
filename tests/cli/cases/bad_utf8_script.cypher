RETURN 1 AS one;
// a comment with a bad byte: ÿ
RETURN nope;
