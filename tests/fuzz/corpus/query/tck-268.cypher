WITH {existing: 42, notMissing: null} AS m
RETURN m.missing, m.notMissing, m.existing
