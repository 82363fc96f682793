COPY Note FROM 'subdir/../../fixture.snapshot'
