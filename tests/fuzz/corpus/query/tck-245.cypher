RETURN all(x IN <list> WHERE <condition>) AS result
