RETURN date('1864-13');
