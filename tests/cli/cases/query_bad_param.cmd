query -e 'RETURN 1' --param 'name=Juárez'
