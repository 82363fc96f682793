RETURN "abc
