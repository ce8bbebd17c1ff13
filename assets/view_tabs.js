/* A card's Chart/Table tabs (server-built markup: components/chart_card.py view_tabs), the
 * ARIA tab pattern: click, Enter or Space opens a tab; Left/Right, Home/End move between the
 * tabs of a card and open the one reached (one Tab stop per tab list: roving tabindex).
 * The open view is written to the card's chart-view store, which fills the table for the
 * current filters (components/page_callbacks.py show_table). In the browser, so switching
 * back to the chart costs no request. */
(function () {
    function select(tab, focus) {
        const list = tab.closest("[role=tablist]");
        list.querySelectorAll("[role=tab]").forEach(function (other) {
            const selected = other === tab;
            other.setAttribute("aria-selected", String(selected));
            other.tabIndex = selected ? 0 : -1;
            other.classList.toggle("view-tab--selected", selected);
            const panel = document.getElementById(other.getAttribute("aria-controls"));
            if (panel) { panel.hidden = !selected; }
        });
        if (focus) { tab.focus(); }
        if (window.dash_clientside && window.dash_clientside.set_props) {
            window.dash_clientside.set_props({type: "chart-view", slug: tab.dataset.slug},
                                             {data: tab.dataset.view});
        }
    }

    document.addEventListener("click", function (event) {
        const tab = event.target.closest && event.target.closest(".view-tab[data-slug]");
        if (tab && tab.getAttribute("aria-selected") !== "true") { select(tab, false); }
    });

    document.addEventListener("keydown", function (event) {
        const tab = event.target.closest && event.target.closest(".view-tab[data-slug]");
        if (!tab) { return; }
        const tabs = Array.prototype.slice.call(tab.closest("[role=tablist]").querySelectorAll("[role=tab]"));
        const at = tabs.indexOf(tab);
        const next = {
            ArrowRight: tabs[(at + 1) % tabs.length],
            ArrowLeft: tabs[(at + tabs.length - 1) % tabs.length],
            Home: tabs[0],
            End: tabs[tabs.length - 1]
        }[event.key];
        if (next) {
            event.preventDefault();
            select(next, true);
        }
    });
})();
