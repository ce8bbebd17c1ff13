/* The one piece of @babel/polyfill that Dash's bundles still need in a modern browser.
 *
 * Dash ships @babel/polyfill (core-js 2 + regenerator) for browsers without ES2015+; it costs
 * ~50 ms of script work on every page load. Every browser that runs React 18 has the built-ins
 * natively, and the bundles' only remaining use is one compiled generator (the "ready" step of
 * Dash's lazy components): straight-line code, no try/catch, no yield*. This provides exactly
 * regeneratorRuntime.mark/wrap for that shape; tests/test_fast_start.py checks the bundles use
 * nothing more, and the browser tests load every lazy component through it.
 */
(function () {
  "use strict";
  if (window.regeneratorRuntime) {
    return;
  }
  function wrap(innerFn, outerFn, self) {
    var context = {
      prev: 0, next: 0, sent: undefined, done: false, rval: undefined,
      stop: function () { this.done = true; return this.rval; },
    };
    function finished(value) { context.done = true; return {value: value, done: true}; }
    return {
      next: function (sent) {
        if (context.done) { return {value: undefined, done: true}; }
        context.sent = sent;
        var value = innerFn.call(self, context);
        return context.done ? {value: value, done: true} : {value: value, done: false};
      },
      "throw": function (error) { context.done = true; throw error; },
      "return": finished,
    };
  }
  window.regeneratorRuntime = {mark: function (generatorFn) { return generatorFn; }, wrap: wrap};
}());
