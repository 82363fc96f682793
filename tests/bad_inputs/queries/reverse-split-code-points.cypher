RETURN reverse('Mejía') AS r, split('ñ東😀', '') AS chars, size(split('ñ東😀', '')) AS n
