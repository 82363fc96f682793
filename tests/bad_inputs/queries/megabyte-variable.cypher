RETURN @@repeat 1000000 a@@
