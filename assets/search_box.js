/* Keep what a reader typed into a search box of the first paint (serving/index_page.py) where
 * React's copy of a page the router rendered replaces it (assets/first_paint.js; on a page
 * painted from markup the copy stays: components/islands.py): the words, the caret and the
 * focus move to the same box in React's copy, so typing before Dash has started loses nothing. */
(function () {
    "use strict";
    var BOXES = "form[role='search'] input[name='q']";

    function carryOver(copy) {
        copy.querySelectorAll(BOXES).forEach(function (old) {
            var box = old.id && document.getElementById(old.id);
            if (!box || box === old || old.value === old.defaultValue) { return; }
            box.value = old.value;
            if (old.dataset.focused === "true") {
                box.focus();
                box.setSelectionRange(box.value.length, box.value.length);
            }
        });
    }

    var copy = document.getElementById("first-paint");
    if (!copy) { return; }
    // A removed element is no longer the active one: remember which box has the focus (this
    // script runs with Dash's, after the first paint: a box may have it already).
    if (copy.contains(document.activeElement)) { document.activeElement.dataset.focused = "true"; }
    copy.addEventListener("focusin", function (event) { event.target.dataset.focused = "true"; });
    copy.addEventListener("focusout", function (event) {
        // Removing the copy takes the focus out of it too (Chromium says so while the copy is
        // still in the page): that is not the reader leaving, so look again once it is over.
        var box = event.target;
        setTimeout(function () { if (copy.isConnected) { delete box.dataset.focused; } }, 0);
    });
    var observer = new MutationObserver(function (records) {
        records.forEach(function (record) {
            record.removedNodes.forEach(function (node) {
                if (node === copy) {
                    observer.disconnect();
                    carryOver(copy);
                }
            });
        });
    });
    observer.observe(copy.parentNode, {childList: true});
})();
