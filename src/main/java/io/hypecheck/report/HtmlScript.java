package io.hypecheck.report;

/**
 * The HTML report's only script, inline in the page: sorts the ranked table when a heading is
 * clicked, and on opening when the address ends in {@code #sort=KEY} or {@code #sort=KEY-asc|desc}
 * (so a sorted view can be linked). It reads only the table; without it the table stays in rank order.
 */
final class HtmlScript {

    static final String JS = """
            (function () {
              'use strict';
              var table = document.getElementById('ranking');
              if (!table) { return; }
              var heads = table.tHead.rows[0].cells;
              var body = table.tBodies[0];
              function rank(row) { return Number(row.getAttribute('data-rank')); }
              function sortBy(index, direction) {
                var numeric = heads[index].getAttribute('data-type') === 'number';
                var sign = direction === 'descending' ? -1 : 1;
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[index].getAttribute('data-sort');
                  var y = b.cells[index].getAttribute('data-sort');
                  if (x !== y) {
                    if (x === '') { return 1; }
                    if (y === '') { return -1; }
                    var c = numeric ? Number(x) - Number(y) : (x < y ? -1 : 1);
                    if (c !== 0) { return sign * c; }
                  }
                  return rank(a) - rank(b);
                });
                rows.forEach(function (row) { body.appendChild(row); });
                for (var i = 0; i < heads.length; i++) {
                  heads[i].setAttribute('aria-sort', i === index ? direction : 'none');
                }
              }
              Array.prototype.forEach.call(heads, function (head, index) {
                head.querySelector('button').addEventListener('click', function () {
                  var now = head.getAttribute('aria-sort');
                  var next = now === 'none' ? head.getAttribute('data-first')
                      : (now === 'ascending' ? 'descending' : 'ascending');
                  sortBy(index, next);
                  try {
                    history.replaceState(null, '', '#sort=' + head.getAttribute('data-key') + '-'
                        + (next === 'ascending' ? 'asc' : 'desc'));
                  } catch (e) { /* some viewers forbid changing the address */ }
                });
              });
              var wanted = /^#sort=([a-z]+)(?:-(asc|desc))?$/.exec(window.location.hash);
              if (wanted) {
                Array.prototype.forEach.call(heads, function (head, index) {
                  if (head.getAttribute('data-key') === wanted[1]) {
                    sortBy(index, wanted[2] === 'asc' ? 'ascending'
                        : (wanted[2] === 'desc' ? 'descending' : head.getAttribute('data-first')));
                  }
                });
              }
            }());
            """;

    private HtmlScript() {
    }
}
