/* The plotly.js the dashboard ships: the core and the four trace types its figures use
 * (charts/figures.py: go.Bar, go.Scatter, go.Heatmap, go.Choropleth). Built by build_plotly.mjs.
 *
 * English needs no locale (plotly.js has its own strings built in). An interface language is
 * one more module in the list below, e.g. require('plotly.js/lib/locales/fr'), then
 * `locale: "fr"` in the chart's config (components/chart_card.py GRAPH_CONFIG); plotly.js's
 * number and date formats follow it.
 */
'use strict';

var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/scatter'),
    require('plotly.js/lib/heatmap'),
    require('plotly.js/lib/choropleth')
]);

module.exports = Plotly;
