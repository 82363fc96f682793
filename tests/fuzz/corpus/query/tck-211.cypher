RETURN time(<str>) AS result
