shell --format markdown --max-width 5
