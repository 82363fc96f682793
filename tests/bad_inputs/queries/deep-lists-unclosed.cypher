RETURN @@repeat 100000 [@@
