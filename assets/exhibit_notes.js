/* A compact note's "Show all" button (components/exhibit_card.py exhibit_note) opens the note to
 * its full text and closes it again: aria-expanded says which, and assets/style.css lifts the
 * cut of an open note. */
(function () {
    document.addEventListener("click", function (event) {
        const toggle = event.target.closest && event.target.closest(".note-toggle");
        if (toggle) {
            toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
        }
    });
})();
