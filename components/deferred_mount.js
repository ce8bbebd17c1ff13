/* Deferred (components/light.py): its children mount after the rest of the page, one Deferred
 * per task, in page order (a topic page's cards: components/topic_page.py).
 *
 * Why: React mounts a page in one task, and the renderer's work grows with its components and
 * markup; a topic page's cards are most of them (a chart card is 8 components, and the cards
 * are ~90% of a page's elements). Mounting the whole of /export-geography took ~120 ms of main
 * thread at 1x under Lighthouse (~0.5 s on its phone, in one task); a card alone takes a few ms.
 *
 * The reader sees the server's first-paint copy meanwhile: React's copy of the page stays hidden
 * until no Deferred is left waiting (each waiting one renders a hidden [data-deferred] marker:
 * assets/first_paint.js swaps the copies when there are none), so the page appears whole, in
 * one frame, as before. Without a first-paint copy (a page the router renders after an in-app
 * link) the children mount at once; when printing starts, all of them, synchronously.
 */
(function () {
  "use strict";
  var React = window.React;
  var h = React.createElement;
  var waiting = [];    // the mount functions of the Deferreds still waiting, in page order
  var pumping = false;

  /* The next Deferred mounts in a task of its own once the last one has committed. */
  function pump() {
    if (pumping || !waiting.length) {
      return;
    }
    pumping = true;
    setTimeout(function () {
      var mount = waiting.shift();
      if (mount) {
        mount();
      } else {
        pumping = false;  // printing mounted them all meanwhile
      }
    }, 0);
  }

  function committed() {
    pumping = false;
    pump();
  }

  /* Printing lays the page out when the beforeprint handlers return: everything mounts now,
   * synchronously (flushSync also runs the effects), and a chart that mounts while printing is
   * drawn for the printout at once (dashboard_components.js). */
  window.addEventListener("beforeprint", function () {
    var all = waiting.splice(0);
    window.ReactDOM.flushSync(function () { all.forEach(function (mount) { mount(); }); });
  });

  function Deferred(props) {
    var state = React.useState(function () { return !document.getElementById("first-paint"); });
    var mounted = state[0], setMounted = state[1];
    var waited = React.useRef(false);

    React.useEffect(function () {
      if (mounted) {
        return undefined;
      }
      function mount() {
        waited.current = true;
        setMounted(true);
      }
      waiting.push(mount);
      pump();
      return function () {  // unmounted while waiting (the router rendered another page)
        if (waiting.indexOf(mount) >= 0) {
          waiting.splice(waiting.indexOf(mount), 1);
        }
      };
    }, []);

    React.useEffect(function () {
      if (mounted && waited.current) {
        committed();
      }
    }, [mounted]);

    return mounted ? (props.children || null) : h("span", {hidden: true, "data-deferred": ""});
  }

  window.components.Deferred = Deferred;
}());
