/* The page's first-paint copy (<div id="first-paint">, serving/index_page.py) is the page: React
 * renders its islands into it (components/islands.py) and it stays. When the router renders a
 * whole page instead (an in-app link, or a layout request that could not name its page), that
 * page gives way to React's copy as soon as React has rendered its content, cards included (each
 * card still waiting to mount shows a hidden [data-deferred] marker:
 * components/deferred_mount.js): in the same frame (a mutation observer runs before the browser
 * paints), so the reader sees one page that neither flickers nor moves. assets/style.css hides
 * React's copy until then. */
(function () {
    "use strict";
    var copy = document.getElementById("first-paint");
    var app = document.getElementById("react-entry-point");
    if (!copy || !app) { return; }

    function rendered() {
        return app.querySelector("#_pages_content > *") !== null &&
            app.querySelector("[data-deferred]") === null;
    }

    if (rendered()) {
        copy.remove();
        return;
    }
    var observer = new MutationObserver(function () {
        if (rendered()) {
            observer.disconnect();
            copy.remove();
        }
    });
    observer.observe(app, {childList: true, subtree: true});
})();
