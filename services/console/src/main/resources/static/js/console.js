// Draws each chart from the table it names (data-table): the table stays on the page as the chart's accessible
// alternative and holds the figures, so no data is written into a script (the Content-Security-Policy allows none).
(function () {
  function draw(canvas) {
    if (canvas.dataset.drawn || typeof Chart === 'undefined') { return; }
    var rows = document.querySelectorAll('#' + canvas.dataset.table + ' tbody tr');
    var labels = [], values = [];
    rows.forEach(function (row) {
      labels.push(row.cells[0].textContent.trim());
      var text = row.cells[1].textContent.trim().replace(/\./g, '').replace(',', '.');
      values.push(text === '' ? null : Number(text));
    });
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: [{ label: canvas.getAttribute('aria-label'), data: values,
        borderColor: '#0b5394', backgroundColor: '#0b5394', tension: 0.2, spanGaps: true }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, suggestedMax: 120 } } }
    });
    canvas.dataset.drawn = 'true';
  }
  function drawAll() { document.querySelectorAll('canvas[data-table]').forEach(draw); }
  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSwap', drawAll);
})();
