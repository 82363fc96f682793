WITH <exp> AS nonGraphElement
RETURN nonGraphElement.num
