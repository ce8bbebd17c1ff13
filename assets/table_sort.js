/* Sortable table views: click a column header's button (or Enter / Space on it) to sort by
 * that column; again to reverse. Numbers sort by their data-value, text alphabetically;
 * aria-sort tells screen readers. */
(function () {
    function sortBy(header) {
        const table = header.closest("table.sortable");
        const body = table && table.tBodies[0];
        if (!body) { return; }
        const column = Array.prototype.indexOf.call(header.parentNode.children, header);
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        const key = function (row) {
            const cell = row.children[column];
            if (!cell) { return ""; }
            const number = cell.dataset.value;
            return number !== undefined ? parseFloat(number) : cell.textContent.trim().toLowerCase();
        };
        const rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            const x = key(a), y = key(b);
            const order = x < y ? -1 : x > y ? 1 : 0;
            return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        header.parentNode.querySelectorAll("th").forEach(function (th) {
            th.setAttribute("aria-sort", "none");
        });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    }

    document.addEventListener("click", function (event) {
        const header = event.target.closest && event.target.closest("table.sortable th");
        if (header) { sortBy(header); }
    });
})();
