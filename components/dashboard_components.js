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
 * - Choices is a filter made of native controls in a fieldset with its label as the legend:
 *   checkboxes (multi) or radio buttons, for many options a disclosure (a button that opens
 *   the checkboxes, with "All" and "None") or a <select>. dcc.Checklist and dcc.RadioItems
 *   measure every option while the page mounts (a forced layout each; ~20 ms on
 *   /export-geography); dcc.Dropdown failed the keyboard and screen-reader audit (issue 15).
 * - Store and Location stand in for dcc's (see each): with them and in-app links as markup
 *   (components/light.py app_link), no page loads dcc's bundle (~470 kB of script, ~0.1-0.3 s
 *   of a phone's main thread to evaluate, for three small components).
 * Each renders a plain DOM id (domId): Dash's own components write a dict id as a JSON string,
 * which CSS selectors and checkers such as pa11y cannot handle.
 * Plain ES5 on the global React: no build step.
 */
(function () {
  "use strict";
  var React = window.React;
  var h = React.createElement;

  /* A DOM id for a Dash id: a string as it is; a dict id as its "type" then its other values in
   * key order, joined by "--" ({type: "filter", param: "countries"} -> "filter--countries"),
   * with anything but letters, digits, "-" and "_" replaced. components/light.py dom_id is the
   * same rule for markup built on the server. Dash hands a component its dict id as JSON text
   * ('{"param":"countries","type":"filter"}'), so that is read back first. */
  function domId(id) {
    if (typeof id === "string" && id.charAt(0) === "{") {
      try { id = JSON.parse(id); } catch (error) { return id; }
    }
    if (id === undefined || id === null || typeof id !== "object") {
      return id;
    }
    var keys = Object.keys(id).filter(function (k) { return k !== "type"; }).sort();
    var parts = (id.type === undefined ? [] : [id.type]).concat(keys.map(function (k) { return id[k]; }));
    return parts.map(function (p) { return String(p).replace(/[^A-Za-z0-9_-]/g, "_"); }).join("--");
  }

  function StaticHtml(props) {
    return h(props.tag || "div", {
      id: domId(props.id),
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

  var NARROW_WIDTH = 480;
  /* While printing, the width every chart is drawn at: the printed page's, whatever the screen's
   * (--print-chart-width, assets/style_print.css); null otherwise. */
  var printWidth = null;

  /* Narrow screens: a chart in a box of NARROW_WIDTH px or less is drawn with the overrides its
   * figure carries in layout.meta.narrow ({layout, data}: each replaces the top-level keys it
   * names; charts/narrow.py) and its box takes that layout's height. Returns what to draw, and
   * notes on the node which variant it is (the resize observer redraws when that changes). */
  function forBox(node, figure) {
    var data = figure.data || [], layout = figure.layout || {};
    var narrow = layout.meta && layout.meta.narrow;
    node._figure = figure;
    node._narrow = !printWidth && isNarrow(node);
    if (narrow && node._narrow) {
      data = data.map(function (trace, i) { return Object.assign({}, trace, narrow.data[i]); });
      layout = Object.assign({}, layout, narrow.layout);
    }
    if (printWidth) {  // the printout's box takes the chart's height (assets/style_print.css)
      layout = Object.assign({}, layout, {width: printWidth});
    } else if (layout.height) {
      node.parentNode.style.height = layout.height + "px";
    }
    return {data: data, layout: layout};
  }

  function isNarrow(node) {
    return node.clientWidth > 0 && node.clientWidth <= NARROW_WIDTH;
  }


  /* Charts are drawn as they come near the viewport, one per task, so the page answers input
   * between two charts and a long page does not draw what nobody has scrolled to: a chart's
   * first draw cost 0.2-0.6 s of main thread on a phone (Lighthouse's 4x slower CPU; most of
   * it compiling plotly.js's code, before the bundle's compile hint, frontend/build_plotly.mjs),
   * too much to spend on a chart the reader may never reach.
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

  /* Every chart, at once, at the printed page's width before printing: the browser lays out the
   * printout when the beforeprint handlers return, so with plotly.js loaded they are drawn right
   * here (Plotly.react draws bars, lines and heatmaps synchronously); otherwise as soon as it is.
   * After printing, each is drawn for its box again. */
  function drawAllNow() {
    printWidth = parseFloat(getComputedStyle(document.documentElement)
                           .getPropertyValue("--print-chart-width")) || null;
    document.querySelectorAll(".plotly-chart-target").forEach(function (node) {
      var draw = drawOf.get(node);
      if (!draw) {
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

  function drawForScreen() {
    printWidth = null;
    document.querySelectorAll(".plotly-chart-target").forEach(function (node) {
      var draw = drawOf.get(node);
      if (draw && node._fullLayout) {
        // A layout without a width keeps the one drawn last: the box gives it back.
        draw().then(function () { return node._fullLayout && window.Plotly.Plots.resize(node); });
      }
    });
  }

  window.addEventListener("beforeprint", drawAllNow);
  window.addEventListener("afterprint", drawForScreen);
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
        var shown = forBox(node, figure);
        return Plotly.react(node, shown.data, shown.layout, props.config || {});
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
      } else if (printWidth) {
        draw(true);  // mounted while printing (components/deferred_mount.js): for the printout
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
        if (printWidth) {
          return;  // drawn for the printed page until printing is over
        }
        if (layout && node._figure && isNarrow(node) !== node._narrow) {
          drawing.current = drawing.current.then(function () {
            var shown = forBox(node, node._figure);
            return window.Plotly.react(node, shown.data, shown.layout);
          });
        } else if (layout && node.clientWidth && Math.abs(node.clientWidth - layout.width) > 1) {
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
    return h("div", {id: domId(props.id), className: props.className, style: props.style,
                     role: props.label ? "img" : undefined, "aria-label": props.label},
      h("div", {ref: target, className: "plotly-chart-target",
                style: {height: "100%", width: "100%"}}));
  }

  /* Values keep the order of the options, whatever the order of the clicks. */
  function inOptionOrder(options, isChosen) {
    return options.map(function (o) { return o.value; }).filter(isChosen);
  }

  /* Enter on a checkbox ticks it, as Space does (native checkboxes answer only Space). */
  function enterTicks(event) {
    if (event.key === "Enter" && event.target.type === "checkbox") {
      event.preventDefault();
      event.target.click();
    }
  }

  function choiceInputs(props, id, chosen, choose) {
    return (props.options || []).map(function (option) {
      return h("label", {key: option.value, className: "choice"},
        h("input", {
          type: props.multi ? "checkbox" : "radio",
          name: id,
          value: option.value,
          checked: chosen.indexOf(option.value) >= 0,
          onChange: function (event) { choose(option.value, event.target.checked); }
        }),
        " " + option.label);
    });
  }

  /* The closed disclosure's text, from the server's words in the page's language
   * (Choices' `words`: components/filter_bar.py), as first_paint.py's _summary writes it. */
  function summary(options, chosen, words) {
    function fill(template) {
      return template.replace("{count}", chosen.length).replace("{total}", options.length);
    }
    if (chosen.length === options.length) { return fill(words.allCount); }
    if (chosen.length === 0) { return words.noneChosen; }
    if (chosen.length <= 2) {
      return options.filter(function (o) { return chosen.indexOf(o.value) >= 0; })
        .map(function (o) { return o.label; }).join(", ");
    }
    return fill(words.someOf);
  }

  /* The disclosure: a button that shows or hides the checkboxes. Escape closes it and puts focus
   * back on the button; Tab (or a click) out of it closes it; arrow keys move between boxes. */
  function Disclosure(disclosure) {
    var props = disclosure.choices, id = disclosure.id, chosen = disclosure.chosen;
    var open = React.useState(false);
    var root = React.useRef(null);
    var toggle = React.useRef(null);
    var byPointer = React.useRef(false);
    var isOpen = open[0], setOpen = open[1];

    React.useEffect(function () {
      if (!isOpen) { return undefined; }
      // A click elsewhere closes the list once the click is done, not when focus leaves on
      // mousedown: the open list takes room, and closing it would move the control under the
      // pointer before the click lands. Focus leaving by keyboard (Tab) closes it at once.
      function outside(event) {
        if (root.current && !root.current.contains(event.target)) { setOpen(false); }
      }
      function pointer() { byPointer.current = true; }
      function keyboard() { byPointer.current = false; }
      document.addEventListener("click", outside);
      document.addEventListener("mousedown", pointer, true);
      document.addEventListener("keydown", keyboard, true);
      return function () {
        document.removeEventListener("click", outside);
        document.removeEventListener("mousedown", pointer, true);
        document.removeEventListener("keydown", keyboard, true);
      };
    }, [isOpen]);

    function boxes() {
      return Array.prototype.slice.call(root.current.querySelectorAll("input[type=checkbox]"));
    }

    function onKeyDown(event) {
      var list = boxes();
      var at = list.indexOf(event.target);
      var next = null;
      if (event.key === "Escape" && isOpen) {
        event.preventDefault();
        setOpen(false);
        toggle.current.focus();
      } else if (event.key === "ArrowDown" && event.target === toggle.current) {
        setOpen(true);
        event.preventDefault();
        window.setTimeout(function () { var first = boxes()[0]; if (first) { first.focus(); } }, 0);
      } else if (at >= 0 && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        next = list[(at + (event.key === "ArrowDown" ? 1 : list.length - 1)) % list.length];
      } else if (at >= 0 && (event.key === "Home" || event.key === "End")) {
        next = list[event.key === "Home" ? 0 : list.length - 1];
      } else {
        enterTicks(event);
      }
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }

    function onBlur(event) {
      if (isOpen && !byPointer.current && event.relatedTarget &&
          !root.current.contains(event.relatedTarget)) {
        setOpen(false);
      }
    }

    var options = props.options || [];
    return h("div", {id: id, className: props.className, ref: root, onKeyDown: onKeyDown, onBlur: onBlur},
      h("button", {type: "button", className: "choices-toggle", id: id + "-toggle", ref: toggle,
                   "aria-expanded": isOpen ? "true" : "false", "aria-controls": id + "-panel",
                   "aria-labelledby": (props.labelId ? props.labelId + " " : "") + id + "-toggle",
                   onClick: function () { setOpen(!isOpen); }},
        summary(options, chosen, props.words),
        h("span", {className: "choices-chevron", "aria-hidden": "true"}, isOpen ? "\u25B4" : "\u25BE")),
      h("div", {id: id + "-panel", className: "choices-panel", hidden: !isOpen},
        h("div", {className: "choices-bulk"},
          h("button", {type: "button", className: "choices-bulk-button",
                       onClick: function () { disclosure.setAll(true); }}, props.words.all),
          h("button", {type: "button", className: "choices-bulk-button",
                       onClick: function () { disclosure.setAll(false); }}, props.words.none)),
        h("div", {className: "choices-list"}, choiceInputs(props, id, chosen, disclosure.choose))));
  }

  function Choices(props) {
    var id = domId(props.id);
    var options = props.options || [];
    var chosen = props.multi ? (props.value || []) : [props.value];

    function choose(value, checked) {
      if (!props.multi) {
        props.setProps({value: value});
        return;
      }
      props.setProps({value: inOptionOrder(options, function (v) {
        return v === value ? checked : chosen.indexOf(v) >= 0;
      })});
    }

    function setAll(on) {
      props.setProps({value: on ? inOptionOrder(options, function () { return true; }) : []});
    }

    var control;
    if (props.variant === "select") {
      control = h("select", {id: id, className: props.className, value: props.value || "",
                             "aria-labelledby": props.labelId,
                             onChange: function (event) { choose(event.target.value, true); }},
        options.map(function (option) {
          return h("option", {key: option.value, value: option.value}, option.label);
        }));
    } else if (props.variant === "disclosure") {
      control = h(Disclosure, {choices: props, id: id, chosen: chosen, choose: choose, setAll: setAll});
    } else {
      control = h("div", {id: id, className: props.className, onKeyDown: enterTicks},
        choiceInputs(props, id, chosen, choose));
    }
    // A fieldset and its legend name the group of checkboxes or radios for screen readers.
    return h("fieldset", {className: "filter"},
      h("legend", {id: props.labelId, className: "filter-label"}, props.label), control);
  }

  /* Data a callback reads or writes, kept by Dash in the layout: nothing to render and nothing
   * to report. (dcc.Store also reports a timestamp when it mounts: one more store update, each
   * re-running every component's selector, per Store on the page.) */
  function Store() {
    return null;
  }

  /* The browser's address for Dash Pages' router (pathname, search, hash, href; the server
   * fills them where it can: components/page_shell.py). Props left unset are reported on
   * mount; a change of address (Back, Forward, an in-app link) is reported as it happens.
   * While it is mounted, in-app links (a[data-app-link], components/light.py app_link) of a page
   * the router rendered open their page without reloading: the address changes and the router
   * renders the page; to the page on screen, with a #anchor, and on the server's page they are
   * plain links (see `follow`). A callback cannot navigate with it (none does). */
  var ADDRESS = ["pathname", "href", "hash", "search"];

  /* Whether the page on screen is the server's first-paint copy, of which React runs only the
   * islands (components/islands.py): the router must not render a page over it, which would
   * replace the whole copy, header and footer included. Its links load their page from the
   * server (painted at once from its markup). */
  function serverPage() {
    return document.getElementById("first-paint") !== null;
  }

  function Location(props) {
    var current = React.useRef(props);
    current.current = props;
    /* The address the page on screen shows: the props, and the app's own history entries
     * (a filter change pushes one and says so with an "app-address" event, page_callbacks.py)
     * that are not reported, as the page already shows them. Without it, a #link followed
     * after a filter change reported the filters' search as new and the router rendered the
     * page again. */
    var known = React.useRef(null);

    React.useEffect(function () {
      var unset = {};
      known.current = {};
      ADDRESS.forEach(function (key) {
        if (props[key] === undefined || props[key] === null) {
          unset[key] = window.location[key];
        }
        known.current[key] = key in unset ? unset[key] : props[key];
      });

      function report() {
        if (serverPage()) {  // Back or Forward between its filter selections: assets/url_state.js
          shown();
          return;
        }
        var changed = {};
        ADDRESS.forEach(function (key) {
          if (known.current[key] !== window.location[key]) {
            changed[key] = window.location[key];
            known.current[key] = window.location[key];
          }
        });
        if (Object.keys(changed).length) {
          current.current.setProps(changed);
        }
      }

      function shown() {
        ADDRESS.forEach(function (key) { known.current[key] = window.location[key]; });
      }

      function follow(event) {
        var link = event.target.closest && event.target.closest("a[data-app-link]");
        /* Plain links: the page on screen (the router would not render it again after a filter
         * change: its search is unchanged for Dash), a #anchor (the server's page scrolls to it
         * and highlights it), any link of the server's page (serverPage). */
        if (!link || link.hash || link.pathname === window.location.pathname || serverPage() ||
            event.defaultPrevented || event.button !== 0 || event.metaKey ||
            event.ctrlKey || event.shiftKey || event.altKey || link.origin !== window.location.origin) {
          return;
        }
        event.preventDefault();
        window.history.pushState({}, "", link.pathname + link.search + link.hash);
        report();
        window.scrollTo(0, 0);
      }

      if (Object.keys(unset).length) {
        props.setProps(unset);
      }
      window.addEventListener("popstate", report);
      window.addEventListener("app-address", shown);
      document.addEventListener("click", follow);
      return function () {
        window.removeEventListener("popstate", report);
        window.removeEventListener("app-address", shown);
        document.removeEventListener("click", follow);
      };
    }, []);
    return null;
  }

  window.components = {StaticHtml: StaticHtml, PlotlyChart: PlotlyChart, Choices: Choices,
                       Store: Store, Location: Location};
}());
