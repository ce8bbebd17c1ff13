/* "Copy link to this chart": the page's URL as it is now (filters included) with the card's
 * #anchor, which scrolls to and highlights the card when opened (assets/url_state.js); and the
 * Cite panel's copy buttons. The buttons are server-built markup (components/chart_card.py
 * footer_html), which also writes what they say when done, in the page's language
 * (data-done, data-failed). */
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

    // Copy `text`, then say so on the button for a moment.
    function copyAndConfirm(button, text) {
        const label = button.textContent;
        copyText(text).then(function () {
            button.textContent = button.dataset.done;
        }, function () {
            button.textContent = button.dataset.failed + " " + text;
        }).then(function () {
            setTimeout(function () { button.textContent = label; }, CONFIRM_MS);
        });
    }

    document.addEventListener("click", function (event) {
        const button = event.target.closest && event.target.closest(".copy-link[data-slug]");
        if (!button) { return; }
        const loc = window.location;
        copyAndConfirm(button, loc.origin + loc.pathname + loc.search + "#" + button.dataset.slug);
    });

    // "Copy citation", "Copy embed code" (components/cite_panel.py): the text of the element
    // the button names, as the server wrote it for the current filters.
    document.addEventListener("click", function (event) {
        const button = event.target.closest && event.target.closest(".copy-text[data-copy]");
        const source = button && document.getElementById(button.dataset.copy);
        if (!source) { return; }
        const text = source.value !== undefined ? source.value : source.textContent;
        copyAndConfirm(button, text.replace(/\s+/g, " ").trim());
    });
})();
