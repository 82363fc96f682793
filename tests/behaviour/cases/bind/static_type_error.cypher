RETURN 'a' AND true;
