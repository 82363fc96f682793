query -e "RETURN left('Juárez', 3) AS l, reverse('東京') AS r, split('añ', '') AS chars"
