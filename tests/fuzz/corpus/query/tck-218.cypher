RETURN [[','[]',']] AS literal
