RETURN time(<map>) AS result
