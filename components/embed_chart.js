/* The chart of an /embed/<slug> page (serving/embed.py), drawn with the app's plotly.js bundle
 * alone: an embed has one chart and no controls, so it loads neither Dash's renderer nor React.
 *
 * The figure and its config come as JSON in #embed-figure. In a box of 480 px or less the
 * figure's narrow layout (layout.meta.narrow, charts/narrow.py) is drawn, as PlotlyChart does
 * on the pages (dashboard_components.js); the box's height follows from the --narrow-height
 * the server wrote (assets/style.css). A resize that crosses that width redraws the chart.
 * Plain ES5, no build step.
 */
(function () {
  "use strict";
  var NARROW_WIDTH = 480;
  var node = document.getElementById("embed-graph");
  var spec = JSON.parse(document.getElementById("embed-figure").textContent);
  var drawnNarrow = null;

  function isNarrow() {
    return node.clientWidth > 0 && node.clientWidth <= NARROW_WIDTH;
  }

  /* The figure for the box's width: the narrow overrides replace the top-level keys they name. */
  function forBox() {
    var data = spec.figure.data || [], layout = spec.figure.layout || {};
    var narrow = layout.meta && layout.meta.narrow;
    drawnNarrow = isNarrow();
    if (narrow && drawnNarrow) {
      data = data.map(function (trace, i) { return Object.assign({}, trace, narrow.data[i]); });
      layout = Object.assign({}, layout, narrow.layout);
    }
    return {data: data, layout: layout};
  }

  function draw(Plotly) {
    var types = (spec.figure.data || []).map(function (trace) { return trace.type || "scatter"; });
    if (!Plotly.hasTraces(types)) {  // a map: its trace type starts on demand
      return Plotly.loadTraces(types).then(function () { return draw(Plotly); });
    }
    var shown = forBox();
    return Plotly.react(node, shown.data, shown.layout, spec.config);
  }

  function followWidth(Plotly) {
    new ResizeObserver(function () {
      if (isNarrow() !== drawnNarrow) {
        draw(Plotly);
      } else if (node._fullLayout && Math.abs(node.clientWidth - node._fullLayout.width) > 1) {
        Plotly.Plots.resize(node);
      }
    }).observe(node);
  }

  window.plotlyReady.then(function (Plotly) {
    return Promise.resolve(draw(Plotly)).then(function () { followWidth(Plotly); });
  }).catch(function (error) {
    console.error("The chart could not be drawn:", error);
  });
})();
