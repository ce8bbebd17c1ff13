/* The plotly.js the dashboard ships (built by build_plotly.mjs): the core and the four trace
 * types its figures use (charts/figures.py: go.Bar, go.Scatter, go.Heatmap, go.Choropleth).
 *
 * Started in steps, one per task: evaluating plotly.js's modules costs ~0.9 s of main thread on
 * a phone (Lighthouse's 4x slower CPU, first visit), which as one task would block the reader
 * for all of it; in steps no single one takes much more than 50 ms there. The map trace and its
 * projections (~0.2 s more) start only when a figure has a map. When all is done,
 * `window.plotlyReady` resolves to Plotly, which has two more functions:
 * `Plotly.hasTraces(types)` (whether every trace type in the list can be drawn now) and
 * `Plotly.loadTraces(types)` (a promise, resolved when they can).
 *
 * English needs no locale (plotly.js has its strings built in). An interface language is one
 * more step, `function () { Plotly.register(require('plotly.js/lib/locales/fr')); }` after the
 * core's, then `locale: "fr"` in the chart's config (components/chart_card.py GRAPH_CONFIG);
 * plotly.js's number and date formats follow it.
 */
'use strict';

var Plotly = null;

// The modules that cost most to start, in the order the core needs them (a module required
// again later costs nothing); each function is one task.
var CORE_STEPS = [
    function () { require('@plotly/d3'); },
    function () { require('culori'); },
    function () { require('plotly.js/src/lib'); },
    function () { require('plotly.js/src/plots/plots'); },
    function () { require('plotly.js/src/components/drawing'); },
    function () { require('plotly.js/src/plots/cartesian/axes'); },
    function () { require('plotly.js/src/plots/cartesian'); },
    function () { require('plotly.js/src/plot_api'); },
    function () { require('plotly.js/src/traces/scatter'); },
    function () { require('plotly.js/build/plotcss'); },
    function () { require('plotly.js/src/components/updatemenus'); },
    function () { require('plotly.js/src/components/sliders'); },
    function () { require('plotly.js/src/components/errorbars'); },
    function () { Plotly = require('plotly.js/lib/core'); },
    function () { Plotly.register(require('plotly.js/lib/bar')); },
    function () { Plotly.register(require('plotly.js/lib/heatmap')); }
];
// Trace types started on demand (scatter, bar and heatmap come with the core steps).
var TRACE_STEPS = {
    choropleth: [
        function () { require('d3-geo-projection'); },
        function () { require('country-iso-search'); },
        function () { require('plotly.js/src/plots/geo'); },
        function () { Plotly.register(require('plotly.js/lib/choropleth')); }
    ]
};
var started = {};

function runSteps(steps) {
    return new Promise(function (resolve) {
        var index = 0;
        (function next() {
            steps[index]();
            index += 1;
            if (index < steps.length) {
                setTimeout(next, 0);
            } else {
                resolve();
            }
        }());
    });
}

window.plotlyReady = runSteps(CORE_STEPS).then(function () {
    Plotly.hasTraces = function (types) {
        return types.every(function (type) { return !TRACE_STEPS[type] || started[type] === true; });
    };
    Plotly.loadTraces = function (types) {
        return Promise.all(types.map(function (type) {
            if (!TRACE_STEPS[type]) {
                return null;
            }
            if (!started[type]) {
                started[type] = runSteps(TRACE_STEPS[type]).then(function () { started[type] = true; });
            }
            return started[type];
        }));
    };
    window.Plotly = Plotly;
    return Plotly;
});
