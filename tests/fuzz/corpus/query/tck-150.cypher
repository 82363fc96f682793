CREATE (:TheLabel {num: 42})
