RETURN date.before(date('1866'), 'x');
