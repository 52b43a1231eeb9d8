// Draws each dashboard chart from the table beside it: rows are categories, each numeric column a series
// (its header names it). The tables stay the source of the numbers, for screen readers and for reading them exactly.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  var palette = ['#0b5cad', '#a4262c', '#1e6b33'];
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var canvas = figure.querySelector('.chart-canvas');
    var table = figure.querySelector('table.chart-data');
    if (!canvas || !table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
      .filter(function (row) { return row.querySelector('td[data-value]'); });
    var headers = table.querySelectorAll('thead th');
    var series = [];
    for (var column = 1; column < headers.length; column++) {
      if (headers[column].hasAttribute('data-not-charted')) {
        continue; // a column of the same numbers in other words (a share beside its count)
      }
      series.push({
        name: headers[column].textContent.trim(),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: palette[(column - 1) % palette.length] },
        data: rows.map(function (row) { return Number(row.querySelectorAll('td')[column - 1].dataset.value); })
      });
    }
    var chart = echarts.init(canvas, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0 } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category', inverse: true,
        axisLabel: { width: 110, overflow: 'truncate' },
        data: rows.map(function (row) { return row.querySelector('th').textContent.trim(); })
      },
      series: series
    });
    canvas.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
