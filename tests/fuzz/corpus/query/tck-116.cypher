CREATE (:A {time: localtime({hour: 10, minute: 35})}),
       (:B {time: localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})}),
       (:C {time: localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876124})}),
       (:D {time: localtime({hour: 12, minute: 30, second: 14, nanosecond: 645876123})}),
       (:E {time: localtime({hour: 12, minute: 31, second: 15})})
