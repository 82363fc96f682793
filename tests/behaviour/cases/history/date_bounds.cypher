RETURN earliest(date('1864-02')) AS first, latest(date('1864-02')) AS last, latest(date('1900-02')) AS not_leap, latest(date('1864')) AS year_end;
