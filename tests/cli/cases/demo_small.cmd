demo --data demo_data
