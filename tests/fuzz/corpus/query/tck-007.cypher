CREATE (:Movie {watched: true})
