/* The language switch (components/navbar.py): following a language's link opens the view on
 * screen in that language. The server wrote each link for the page and query it served; the
 * reader may since have changed filters (the URL follows them), moved to another page inside
 * the app or opened a card's #anchor, so the link takes the current address: the same path
 * under the other language's prefix, the same query (filter keys are the same in every
 * language) and the same #anchor. */
(function () {
    function follow(event) {
        const link = event.target.closest && event.target.closest("a.language-link[hreflang]");
        if (!link) { return; }
        const languages = Array.prototype.map.call(
            link.closest(".language-list").querySelectorAll("a[hreflang]"),
            function (other) { return other.getAttribute("hreflang"); });
        const loc = window.location;
        const parts = loc.pathname.split("/");   // ["", "nl", "globalization"]
        if (languages.indexOf(parts[1]) >= 0) {
            parts[1] = link.getAttribute("hreflang");
        } else {                                 // an unprefixed English address
            parts.splice(1, 0, link.getAttribute("hreflang"));
        }
        link.href = (parts.join("/") || "/") + loc.search + loc.hash;
    }
    // Before the browser follows the link: a click, a middle click, or Enter on it.
    document.addEventListener("click", follow, true);
    document.addEventListener("auxclick", follow, true);
})();
