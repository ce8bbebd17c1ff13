/* Back/forward between filter selections, and "link to this chart" anchors.
 *
 * Filter changes push history entries that carry the selection itself (components/
 * page_callbacks.py); the page's first entry gets the selection the server rendered (the
 * filter bar's data-selection). On Back, Dash's router may not notice (it is not told of these
 * entries), so the controls are set from the entry here, never by parsing the URL again;
 * the filter callback then redraws the affected charts. When Back leads to another page, the
 * router renders that page from the URL and the bar still on screen is left alone (setting it
 * would write the old page's selection over the new URL).
 */
(function () {
    function filterBar() { return document.getElementById("filter-bar"); }

    function rendered(bar) { return JSON.parse(bar.dataset.selection || "{}"); }

    function keepRenderedSelection() {
        const bar = filterBar();
        if (bar && bar.dataset.path === window.location.pathname && !(history.state || {}).selection) {
            history.replaceState({selection: rendered(bar)}, "");
        }
    }

    // The query of the selection on screen: a filter change moves it (its "app-address" event,
    // components/page_callbacks.py). An entry with the same query differs only in its #anchor
    // (a link within the page): the selection stays as it is.
    let shownSearch = window.location.search;
    window.addEventListener("app-address", function () { shownSearch = window.location.search; });

    window.addEventListener("popstate", function (event) {
        const bar = filterBar();
        if (!bar || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
        if (bar.dataset.path !== window.location.pathname) { return; }
        if (window.location.search === shownSearch) { return; }
        shownSearch = window.location.search;
        const selection = (event.state && event.state.selection) || rendered(bar);
        const single = JSON.parse(bar.dataset.single || "[]");
        Object.keys(selection).forEach(function (param) {
            const values = selection[param];
            const value = single.indexOf(param) >= 0 ? (values[0] || null) : values;
            window.dash_clientside.set_props({type: "filter", param: param}, {value: value});
        });
    });

    // Scroll to and highlight the card named in the URL's #anchor once Dash has rendered it.
    function highlightTarget() {
        const slug = decodeURIComponent(window.location.hash.slice(1));
        if (!slug) { return true; }
        // The card on screen: in the first-paint copy, which stays the page (its charts and
        // filters are React's islands: components/islands.py), or in React's copy of a page
        // the router rendered (a hidden card cannot be scrolled to).
        const page = document.getElementById("first-paint") || document.getElementById("react-entry-point");
        const card = page && page.querySelector("[id='" + CSS.escape(slug) + "']");
        if (!card) { return false; }
        // A number inside a compact note's cut text (components/exhibit_card.py): open the note.
        const note = card.closest(".exhibit-note--cut");
        const toggle = note && note !== card && note.querySelector(".note-toggle");
        if (toggle) { toggle.setAttribute("aria-expanded", "true"); }
        document.querySelectorAll(".chart-card--highlight").forEach(function (el) {
            el.classList.remove("chart-card--highlight");
        });
        card.classList.add("chart-card--highlight");
        card.scrollIntoView({block: "start"});
        return true;
    }

    function waitForTarget() {
        if (highlightTarget()) { return; }
        const observer = new MutationObserver(function () {
            if (highlightTarget()) { observer.disconnect(); }
        });
        observer.observe(document.body, {childList: true, subtree: true});
        setTimeout(function () { observer.disconnect(); }, 15000);
    }

    function start() {
        keepRenderedSelection();
        waitForTarget();
    }

    window.addEventListener("hashchange", highlightTarget);
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
