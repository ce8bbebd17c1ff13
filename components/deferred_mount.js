/* Deferred (components/light.py): its children mount after the rest of the page, one Deferred
 * per task, in page order (a topic page's cards: components/topic_page.py).
 *
 * Why: React mounts a page in one task, and the renderer's work grows with its components and
 * markup; a topic page's cards are most of them (a chart card is 8 components, and the cards
 * are ~90% of a page's elements). Mounting the whole of /export-geography took ~120 ms of main
 * thread at 1x under Lighthouse (~0.5 s on its phone, in one task); a card alone takes a few ms.
 *
 * The reader sees the server's first-paint copy meanwhile. On a page painted from it, a card's
 * children are its islands (components/islands.py), which replace their first-paint elements
 * as they mount. A page the router renders (after an in-app link) stays hidden until no
 * Deferred is left waiting (each waiting one renders a hidden [data-deferred] marker:
 * assets/first_paint.js swaps the copies when there are none), so it appears whole, in one
 * frame. Without a first-paint copy the children mount at once; when printing starts or the
 * reader reaches for the first-paint copy, all of them, synchronously.
 */
(function () {
  "use strict";
  var React = window.React;
  var h = React.createElement;
  var waiting = [];    // the mount functions of the Deferreds still waiting, in page order
  var pumping = false;

  /* The next Deferred mounts in a task of its own, rendered and committed in that task
   * (flushSync): a mount left to React's scheduler could be dropped by a render of the router
   * in between, and the queue would wait for it for ever. */
  function pump() {
    if (pumping || !waiting.length) {
      return;
    }
    pumping = true;
    setTimeout(function () {
      pumping = false;
      var mount = waiting.shift();
      if (mount) {
        window.ReactDOM.flushSync(mount);
      }
      pump();
    }, 0);
  }

  /* Everything still waiting mounts now, synchronously (flushSync also runs the effects). */
  function mountAll() {
    var all = waiting.splice(0);
    if (all.length) {
      window.ReactDOM.flushSync(function () { all.forEach(function (mount) { mount(); }); });
    }
  }

  /* Printing lays the page out when the beforeprint handlers return; a chart that mounts while
   * printing is drawn for the printout at once (dashboard_components.js). */
  window.addEventListener("beforeprint", mountAll);

  /* The reader reaches for the first-paint copy (a tap, a key, a focus): controls whose island
   * has not mounted do nothing yet, so every card still waiting mounts at once. */
  ["pointerdown", "keydown", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.closest && event.target.closest("#first-paint")) {
        mountAll();
      }
    }, true);
  });

  function Deferred(props) {
    var state = React.useState(function () { return !document.getElementById("first-paint"); });
    var mounted = state[0], setMounted = state[1];

    React.useEffect(function () {
      if (mounted) {
        return undefined;
      }
      function mount() {
        setMounted(true);
      }
      waiting.push(mount);
      pump();
      return function () {  // unmounted while waiting (the router rendered another page)
        waiting = waiting.filter(function (other) { return other !== mount; });
      };
    }, []);

    return mounted ? (props.children || null) : h("span", {hidden: true, "data-deferred": ""});
  }

  window.components.Deferred = Deferred;
}());
