demo --data demo_data --pause
