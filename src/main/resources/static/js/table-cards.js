// Gives each cell of a list table its column's header as data-label: at phone width (app.css) every row is a card
// and each value shows its label beside it. Runs again after htmx swaps in a page of a list.
(function () {
  function label() {
    document.querySelectorAll('table.list').forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, column) {
          if (headers[column] && !cell.hasAttribute('colspan') && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headers[column]);
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', label);
  document.addEventListener('htmx:afterSettle', label);
})();
