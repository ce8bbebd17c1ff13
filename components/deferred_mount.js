/* Deferred (components/light.py): its children mount after the rest of the page, one Deferred
 * per task, in page order (a topic page's cards: components/topic_page.py).
 *
 * Why: React mounts a page in one task, and the renderer's work grows with its components and
 * markup; a topic page's cards are most of them (a chart card is 8 components). Mounting the
 * whole of /firm-morphology took ~90 ms of main thread at 1x (~0.35 s on Lighthouse's phone,
 * in one task); each card alone takes a few ms.
 *
 * While a Deferred waits, the server's first-paint copy of its children stands in for them:
 * the element with the DOM id `copy` is moved out of <div id="first-paint"> (before
 * assets/first_paint.js removes that copy, in the same commit) to where the children will be,
 * next to an empty hidden marker that is all React renders meanwhile. It is the same markup, so
 * nothing moves when the children replace it, and a grid's items stay its direct children.
 * Without such a copy (a page the router renders after an in-app link), when the #anchor names
 * the copy or something in it, and once printing starts, the children mount at once.
 */
(function () {
  "use strict";
  var React = window.React;
  var h = React.createElement;
  var waiting = [];    // the mount functions of the Deferreds still waiting, in page order
  var pumping = false;

  function standIn(copy) {
    var root = document.getElementById("first-paint");
    return root && root.querySelector("[id='" + CSS.escape(copy) + "']");
  }

  /* Whether the #anchor names the stand-in or something in it (a fact in a note). */
  function named(node) {
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    return Boolean(anchor) && (node.id === anchor || node.querySelector("[id='" + CSS.escape(anchor) + "']") !== null);
  }

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
    var marker = React.useRef(null);
    var borrowed = React.useRef(null);
    var state = React.useState(function () {
      var node = standIn(props.copy);
      return !node || named(node);
    });
    var mounted = state[0], setMounted = state[1];

    React.useLayoutEffect(function () {
      var node = !mounted && standIn(props.copy);
      if (!node) {
        return undefined;
      }
      marker.current.parentNode.insertBefore(node, marker.current.nextSibling);
      borrowed.current = node;
      function mount() { setMounted(true); }
      waiting.push(mount);
      pump();
      return function () {  // unmounted (the router rendered another page)
        if (waiting.indexOf(mount) >= 0) {
          waiting.splice(waiting.indexOf(mount), 1);
        }
        if (borrowed.current) {
          borrowed.current.remove();
        }
      };
    }, []);

    React.useLayoutEffect(function () {
      if (mounted && borrowed.current) {
        borrowed.current.remove();  // its children are in the page now, in the same frame
        borrowed.current = null;
        committed();
      }
    }, [mounted]);

    return mounted ? (props.children || null) : h("span", {ref: marker, hidden: true});
  }

  window.components.Deferred = Deferred;
}());
