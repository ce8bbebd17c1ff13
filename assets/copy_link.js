/* "Copy link to this chart": the page's URL as it is now (filters included) with the card's
 * #anchor, which scrolls to and highlights the card when opened (assets/url_state.js).
 * The button is server-built markup (components/chart_card.py footer_html). */
(function () {
    const CONFIRM_MS = 2000;

    function copyText(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text);
        }
        // Plain http (not localhost): the older selection-based copy.
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        const copied = document.execCommand("copy");
        area.remove();
        return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
    }

    document.addEventListener("click", function (event) {
        const button = event.target.closest && event.target.closest(".copy-link[data-slug]");
        if (!button) { return; }
        const loc = window.location;
        const link = loc.origin + loc.pathname + loc.search + "#" + button.dataset.slug;
        const label = button.textContent;
        copyText(link).then(function () {
            button.textContent = "Link copied";
        }, function () {
            button.textContent = "Copy failed: " + link;
        }).then(function () {
            setTimeout(function () { button.textContent = label; }, CONFIRM_MS);
        });
    });
})();
