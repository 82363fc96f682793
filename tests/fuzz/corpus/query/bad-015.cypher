CREATE ()-->()
