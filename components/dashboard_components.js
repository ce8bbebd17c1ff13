/* The light Dash components of this app (Python side: components/light.py).
 *
 * Why they exist: on a chart page most of the time Dash spends before the first chart is drawn
 * goes to React rendering components one by one, and dcc.Graph adds a round trip of its own (it
 * is a lazy component: React first renders a placeholder, then mounts the graph on a later task,
 * after the browser has painted the page once). Measured on /globalization: first chart drawn
 * ~60 ms earlier with StaticHtml and PlotlyChart (bench/run.py, BENCHMARKS.md).
 *
 * - StaticHtml renders markup the server built and escaped (components/markup.py): a card's
 *   heading, table and footer (source note, downloads, copy link) are one component each
 *   instead of ~25 in all.
 * - PlotlyChart draws a figure with plotly.js as soon as it mounts and redraws it when the figure
 *   changes (Plotly.react diffs the two), resizes with its box, and frees plotly.js's state when
 *   it unmounts.
 * - Choices is a group of native checkboxes (multi) or radio buttons: dcc.Checklist and
 *   dcc.RadioItems measure every option while the page mounts (a forced layout each; ~20 ms on
 *   /export-geography).
 * Plain ES5 on the global React: no build step.
 */
(function () {
  "use strict";
  var React = window.React;
  var h = React.createElement;

  function StaticHtml(props) {
    return h(props.tag || "div", {
      id: props.id,
      className: props.className,
      dangerouslySetInnerHTML: {__html: props.html || ""}
    });
  }

  var plotlyPromise = null;

  /* plotly.js, once: chart pages start it from the index page (<script id="plotly-js" defer>,
   * serving/index_page.py), so wait for that copy; a page reached by in-app navigation from a page
   * without charts has none, so load it from where Dash serves it. */
  function loadPlotly() {
    if (window.Plotly && window.Plotly.react) {
      return Promise.resolve(window.Plotly);
    }
    if (!plotlyPromise) {
      plotlyPromise = new Promise(function (resolve, reject) {
        var script = document.getElementById("plotly-js");
        if (!script) {
          script = document.createElement("script");
          script.id = "plotly-js";
          script.src = window._dashPlotlyJSURL;
          document.head.appendChild(script);
        }
        script.addEventListener("load", function () { resolve(window.Plotly); });
        script.addEventListener("error", function () {
          plotlyPromise = null;
          reject(new Error("plotly.js could not be loaded"));
        });
      });
    }
    return plotlyPromise;
  }

  function PlotlyChart(props) {
    var target = React.useRef(null);
    // Draws run one after the other: a figure that arrives while the last one is still being
    // drawn (quick clicks on the filters) waits for it instead of interleaving with it.
    var drawing = React.useRef(Promise.resolve());
    var figure = props.figure || {};

    React.useEffect(function () {
      var node = target.current;
      drawing.current = drawing.current.then(loadPlotly).then(function (Plotly) {
        if (node.isConnected) {
          return Plotly.react(node, figure.data || [], figure.layout || {}, props.config || {});
        }
        return null;
      }).catch(function (error) {
        console.error("Chart " + props.id + " could not be drawn:", error);
      });
    }, [props.figure, props.config]);

    React.useEffect(function () {
      var node = target.current;
      // A chart drawn while its panel was hidden, or a box that changed width (the Table tab,
      // a narrower window), is redrawn at the width it now has.
      var observer = new ResizeObserver(function () {
        var layout = node._fullLayout;
        if (layout && node.clientWidth && Math.abs(node.clientWidth - layout.width) > 1) {
          window.Plotly.Plots.resize(node);
        }
      });
      observer.observe(node);
      return function () {
        observer.disconnect();
        if (window.Plotly && window.Plotly.purge) {
          window.Plotly.purge(node);
        }
      };
    }, []);

    // The label is the chart's text alternative (role="img"); the card's Table tab has the numbers.
    return h("div", {id: props.id, className: props.className, style: props.style,
                     role: props.label ? "img" : undefined, "aria-label": props.label},
      h("div", {ref: target, style: {height: "100%", width: "100%"}}));
  }

  function Choices(props) {
    var options = props.options || [];
    var chosen = props.multi ? (props.value || []) : [props.value];

    function choose(value, checked) {
      if (!props.multi) {
        props.setProps({value: value});
        return;
      }
      // Values keep the order of the options, whatever the order of the clicks.
      props.setProps({value: options.map(function (o) { return o.value; }).filter(function (v) {
        return v === value ? checked : chosen.indexOf(v) >= 0;
      })});
    }

    return h("div", {id: props.id, className: props.className}, options.map(function (option) {
      return h("label", {key: option.value},
        h("input", {
          type: props.multi ? "checkbox" : "radio",
          name: props.id,
          value: option.value,
          checked: chosen.indexOf(option.value) >= 0,
          onChange: function (event) { choose(option.value, event.target.checked); }
        }),
        option.label);
    }));
  }

  window.components = {StaticHtml: StaticHtml, PlotlyChart: PlotlyChart, Choices: Choices};
}());
