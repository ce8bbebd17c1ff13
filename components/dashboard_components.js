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

  function nextTask(value) {
    return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, 0); });
  }

  /* plotly.js, once, when the first chart is about to be drawn: the app's own bundle of the
   * traces it uses (frontend/build_plotly.mjs), whose URL the index page names in
   * <meta name="plotly-js"> (serving/index_page.py). Pages without charts never run it. It
   * starts itself in steps, one per task, and then resolves window.plotlyReady. */
  function loadPlotly() {
    if (window.Plotly && window.Plotly.react) {
      return Promise.resolve(window.Plotly);
    }
    if (!plotlyPromise) {
      plotlyPromise = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.id = "plotly-js";
        script.src = document.querySelector("meta[name='plotly-js']").content;
        // The first chart is drawn in a task of its own, not in plotly.js's last step.
        script.addEventListener("load", function () {
          window.plotlyReady.then(nextTask).then(resolve);
        });
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
   * between two charts and a long page does not draw what nobody has scrolled to: a chart's
   * first draw costs 0.2-0.6 s of main thread on a phone (Lighthouse's 4x slower CPU; most of
   * it compiling plotly.js's code), too much to spend on a chart the reader may never reach.
   * "Near" is a quarter of a screen ahead. plotly.js itself is fetched and started, in short
   * steps, as soon as the reader scrolls, so what is left when a chart comes near is its draw. Each chart registers a
   * `draw` function; `wanted` holds the charts waiting for their turn, in the order they came
   * into view. */
  var NEAR = "25% 0px";
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
    loadPlotly().then(function () {
      // With plotly.js there, a draw does its work in this task (a map's outlines may still
      // arrive later); the next chart gets a new task, so the browser may paint and handle
      // input in between.
      var draw = drawOf.get(wanted.shift());
      if (draw) {
        draw();
      }
      setTimeout(function () { pumping = false; pump(); }, 0);
    }, function () {
      pumping = false;  // plotly.js did not load: the next chart to come near tries again
    });
  }

  /* Every chart not drawn yet, at once, before printing: the browser lays out the printout
   * when the beforeprint handlers return, so with plotly.js loaded they are drawn right here
   * (Plotly.react draws bars, lines and heatmaps synchronously); otherwise as soon as it is. */
  function drawAllNow() {
    document.querySelectorAll(".plotly-chart-target").forEach(function (node) {
      var draw = drawOf.get(node);
      if (!draw || node._fullLayout) {
        return;
      }
      if (nearObserver) {
        nearObserver.unobserve(node);
      }
      if (wanted.indexOf(node) >= 0) {
        wanted.splice(wanted.indexOf(node), 1);
      }
      draw(true);
    });
  }
  window.addEventListener("beforeprint", drawAllNow);
  window.addEventListener("scroll", function startPlotly() {
    window.removeEventListener("scroll", startPlotly);
    if (document.querySelector(".plotly-chart-target")) {
      loadPlotly().catch(function () { return null; });  // a chart coming near tries again
    }
  }, {passive: true});

  function PlotlyChart(props) {
    var target = React.useRef(null);
    // Draws run one after the other: a figure that arrives while the last one is still being
    // drawn (quick clicks on the filters) waits for it instead of interleaving with it.
    var drawing = React.useRef(Promise.resolve());
    var figure = props.figure || {};

    React.useEffect(function () {
      var node = target.current;
      var types = (figure.data || []).map(function (trace) { return trace.type || "scatter"; });
      function plot(Plotly) {
        if (!node.isConnected) {
          return null;
        }
        if (!Plotly.hasTraces(types)) {  // a map: its trace type starts on demand
          return Plotly.loadTraces(types).then(function () { return nextTask(Plotly); }).then(plot);
        }
        return Plotly.react(node, figure.data || [], figure.layout || {}, props.config || {});
      }
      // `now`: draw in this task if plotly.js is there (printing), not after the last draw.
      function draw(now) {
        var drawn;
        if (now && window.Plotly && window.Plotly.react) {
          try {
            drawn = Promise.resolve(plot(window.Plotly));
          } catch (error) {
            drawn = Promise.reject(error);
          }
        } else {
          drawn = drawing.current.then(loadPlotly).then(plot);
        }
        drawing.current = drawn.catch(function (error) {
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
