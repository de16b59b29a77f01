// Draws each burn-up chart from the data the server put on its element (data-chart): cumulative deliveries, the
// commitment, the due date and the forecast. A file, not inline, so the page's content security policy holds.
(function () {
  'use strict';
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var locale = el.getAttribute('data-locale') || 'vi';
    var nf = new Intl.NumberFormat(locale);
    var end = [d.due, d.forecast ? d.forecast[1][0] : null, d.delivered[d.delivered.length - 1][0]]
      .filter(Boolean).sort().pop();
    var series = [{
      name: el.getAttribute('data-l-delivered'), type: 'line', step: 'end', symbolSize: 6,
      data: d.delivered.map(function (p) { return [p[0], Number(p[1])]; }),
      markLine: d.due ? { symbol: 'none', label: { formatter: el.getAttribute('data-l-due') },
        lineStyle: { color: '#b42318', type: 'dashed' }, data: [{ xAxis: d.due }] } : undefined
    }, {
      name: el.getAttribute('data-l-committed'), type: 'line', symbol: 'none',
      lineStyle: { color: '#4a5560', type: 'dotted' },
      data: [[d.signed, Number(d.committed)], [end, Number(d.committed)]]
    }];
    if (d.forecast) {
      series.push({ name: el.getAttribute('data-l-forecast'), type: 'line', symbol: 'none',
        lineStyle: { type: 'dashed', color: '#b26b00' }, data: d.forecast.map(function (p) { return [p[0], Number(p[1])]; }) });
    }
    var chart = echarts.init(el);
    // ECharts 5.3 ships no Vietnamese: the time axis's labels and pointer are the page's language, by Intl
    var month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    var day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    chart.setOption({
      animation: false,
      grid: { left: 70, right: 16, top: 30, bottom: 30 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return nf.format(v); } },
      xAxis: { type: 'time', min: d.signed, max: end, splitNumber: 4,
        axisLabel: { hideOverlap: true, formatter: function (v) { return month.format(new Date(v)); } },
        axisPointer: { label: { formatter: function (p) { return day.format(new Date(p.value)); } } } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return nf.format(v); } } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });

  // Doses per day on the coverage pages (data-days): the latest days with figures, doses given and each milestone.
  document.querySelectorAll('.chart[data-days]').forEach(function (el) {
    var d = JSON.parse(el.getAttribute('data-days'));
    var locale = el.getAttribute('data-locale') || 'vi';
    var nf = new Intl.NumberFormat(locale);
    var day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' });
    var labels = d.days.map(function (x) { return day.format(new Date(x + 'T00:00:00Z')); });
    var colours = { doses: '#8fb3e6', first: '#1f6feb', second: '#0b7a75', complete: '#4a5560', booster: '#b26b00' };
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      grid: { left: 70, right: 16, top: 30, bottom: 30 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return nf.format(v); } },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return nf.format(v); } } },
      // doses given as bars, the people reaching each milestone as lines over them
      series: [{ name: el.getAttribute('data-l-doses'), type: 'bar', data: d.doses, itemStyle: { color: colours.doses } }]
        .concat(['first', 'second', 'complete', 'booster'].map(function (k) {
          return { name: el.getAttribute('data-l-' + k), type: 'line', data: d[k], itemStyle: { color: colours[k] } };
        }))
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
