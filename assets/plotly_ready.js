/* Let dcc.Graph wait for the plotly.js that the index page already loads (`defer`), instead of
 * fetching a second copy when a graph mounts before that script has run (a cold cache, a slow
 * link). dcc.Graph takes `window.Plotly` when it is set, and a promise there is awaited;
 * plotly.js replaces the promise with itself when it runs. See serving/index_page.py.
 */
(function () {
  "use strict";
  var script = document.getElementById("plotly-js");
  if (!script || window.Plotly) {
    return;
  }
  window.Plotly = new Promise(function (resolve, reject) {
    script.addEventListener("load", function () { resolve(window.Plotly); });
    script.addEventListener("error", reject);
  });
}());
