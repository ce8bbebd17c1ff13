// Builds components/plotly_bundle.min.js from plotly_entry.js with esbuild, reproducibly:
// `npm ci && npm run build` in this folder (pinned by package.json and package-lock.json).
//
// The built file is committed, because the README's two commands and CI install only Python
// packages; its first line records a SHA-256 of every input (this script, the entry and the
// lock file), and tests/test_plotly_bundle.py fails when an input changed and the file was not
// rebuilt. `node build_plotly.mjs --inputs-hash` prints that hash without building.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const INPUTS = ['build_plotly.mjs', 'plotly_entry.js', 'package-lock.json'];
const OUTFILE = join(here, '..', 'components', 'plotly_bundle.min.js');
// V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every
// function of the bundle eagerly, on the background thread that streams the script, instead
// of lazily on the main thread during a chart's first draw. Every function a first draw needs
// is then ready when the first chart is drawn; the price is background work and memory for
// the functions a page never calls. Measured on /en/globalization's first two charts, drawn cold
// at 1x: 304 -> 243 ms in all (BENCHMARKS.md, causes).
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function inputsHash() {
    const hash = createHash('sha256');
    for (const name of INPUTS) {
        // Line endings normalised, so a checkout with CRLF gives the same hash.
        hash.update(name + '\0' + readFileSync(join(here, name), 'utf8').replace(/\r\n/g, '\n') + '\0');
    }
    return hash.digest('hex');
}

async function build() {
    const esbuild = await import('esbuild');
    const plotlyVersion = JSON.parse(
        readFileSync(join(here, 'node_modules', 'plotly.js', 'package.json'), 'utf8')).version;
    const result = await esbuild.build({
        entryPoints: [join(here, 'plotly_entry.js')],
        bundle: true,
        minify: true,
        // No global name: the entry sets window.Plotly itself once it has started.
        format: 'iife',
        target: 'es2016',
        // As plotly.js's own build (its esbuild-config.js) sets them.
        define: {global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false'},
        alias: {regl: '@plotly/regl', stream: 'stream-browserify'},
        // The only stylesheet in reach is maplibre's, required for map traces, which this
        // bundle leaves out; plotly.js injects its own styles from JavaScript.
        loader: {'.css': 'empty'},
        legalComments: 'none',
        write: false,
        logLevel: 'warning',
    });
    const banner = `/* plotly.js ${plotlyVersion} (bar, scatter, heatmap, choropleth), built by ` +
        `frontend/build_plotly.mjs; inputs sha256 ${inputsHash()} */\n`;
    writeFileSync(OUTFILE, banner + COMPILE_HINT + result.outputFiles[0].text);
    console.log(`wrote ${OUTFILE} (${(result.outputFiles[0].contents.length / 1024).toFixed(0)} KiB)`);
}

if (process.argv.includes('--inputs-hash')) {
    console.log(inputsHash());
} else {
    await build();
}
