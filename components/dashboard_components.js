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
 * - PlotlyChart draws a figure with plotly.js when it comes near the viewport (one chart per
 *   task; every chart before printing), redraws it when the figure changes (Plotly.react diffs
 *   the two), resizes with its box, and frees plotly.js's state when it unmounts.
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

  /* plotly.js, once, when the first chart is about to be drawn: the app's own bundle of the
   * traces it uses (frontend/build_plotly.mjs), whose URL the index page names in
   * <meta name="plotly-js"> (serving/index_page.py). Pages without charts never load it. */
  function loadPlotly() {
    if (window.Plotly && window.Plotly.react) {
      return Promise.resolve(window.Plotly);
    }
    if (!plotlyPromise) {
      plotlyPromise = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.id = "plotly-js";
        script.src = document.querySelector("meta[name='plotly-js']").content;
        script.addEventListener("load", function () { resolve(window.Plotly); });
        script.addEventListener("error", function () {
          plotlyPromise = null;
          script.remove();
          reject(new Error("plotly.js could not be loaded"));
        });
        document.head.appendChild(script);
      });
    }
    return plotlyPromise;
  }

  /* Charts are drawn as they come near the viewport, one per task, so the page answers input
   * between two charts and a long page does not draw what nobody has scrolled to (a chart
   * costs 20-200 ms of main thread on a phone). Each chart registers a `draw` function;
   * `wanted` holds the charts waiting for their turn, in the order they came into view. */
  var NEAR = "100% 0px";  // a viewport ahead, so a chart is usually drawn before it is seen
  var wanted = [];
  var pumping = false;
  var drawOf = new WeakMap();
  var nearObserver = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        nearObserver.unobserve(entry.target);
        want(entry.target);
      }
    });
  }, {rootMargin: NEAR}) : null;

  function want(node) {
    if (drawOf.has(node) && wanted.indexOf(node) < 0) {
      wanted.push(node);
      pump();
    }
  }

  function pump() {
    if (pumping || !wanted.length) {
      return;
    }
    pumping = true;
    var draw = drawOf.get(wanted.shift());
    Promise.resolve(draw && draw()).then(function () {
      // A new task for the next chart: the browser may paint and handle input in between.
      setTimeout(function () { pumping = false; pump(); }, 0);
    });
  }

  /* Every chart at once: before printing (a printout has every chart), and where the browser
   * cannot tell what is near the viewport. */
  function wantAll() {
    document.querySelectorAll(".plotly-chart-target").forEach(function (node) {
      if (nearObserver) {
        nearObserver.unobserve(node);
      }
      want(node);
    });
  }
  window.addEventListener("beforeprint", wantAll);
  if (window.matchMedia) {
    window.matchMedia("print").addEventListener("change", function (query) {
      if (query.matches) { wantAll(); }
    });
  }

  function PlotlyChart(props) {
    var target = React.useRef(null);
    // Draws run one after the other: a figure that arrives while the last one is still being
    // drawn (quick clicks on the filters) waits for it instead of interleaving with it.
    var drawing = React.useRef(Promise.resolve());
    var figure = props.figure || {};

    React.useEffect(function () {
      var node = target.current;
      function draw() {
        drawing.current = drawing.current.then(loadPlotly).then(function (Plotly) {
          if (node.isConnected) {
            return Plotly.react(node, figure.data || [], figure.layout || {}, props.config || {});
          }
          return null;
        }).catch(function (error) {
          console.error("Chart " + props.id + " could not be drawn:", error);
        });
        return drawing.current;
      }
      var drawn = Boolean(node._fullLayout);
      drawOf.set(node, draw);
      if (drawn) {
        draw();  // a new figure for a chart already on screen (a filter changed): at once
      } else if (nearObserver) {
        nearObserver.observe(node);  // first draw when it comes near (again, if it had come)
      } else {
        want(node);
      }
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
        if (nearObserver) {
          nearObserver.unobserve(node);
        }
        drawOf.delete(node);
        if (window.Plotly && window.Plotly.purge) {
          window.Plotly.purge(node);
        }
      };
    }, []);

    // The label is the chart's text alternative (role="img"); the card's Table tab has the numbers.
    // The box has the chart's final height before it is drawn (props.style): drawing moves nothing.
    return h("div", {id: props.id, className: props.className, style: props.style,
                     role: props.label ? "img" : undefined, "aria-label": props.label},
      h("div", {ref: target, className: "plotly-chart-target",
                style: {height: "100%", width: "100%"}}));
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
