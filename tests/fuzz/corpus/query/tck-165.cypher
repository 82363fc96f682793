CREATE (:TheLabel {name: 'ABCDEF'}), (:TheLabel {name: 'AB'}),
       (:TheLabel {name: 'abcdef'}), (:TheLabel {name: 'ab'}),
       (:TheLabel {name: ''}), (:TheLabel),
       (:TheLabel {name: 'Foo Foo'}),
       (:TheLabel {name: 'Foo\nFoo'}),
       (:TheLabel {name: 'Foo\tFoo'})
