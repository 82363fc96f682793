RETURN {a: 1, b: 'foo'}
