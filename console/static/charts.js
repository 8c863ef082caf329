// Draws every <div class="chart" data-chart="key" data-kind="bar|line|pie"> from the page's #chart-data JSON
// ([[label, value], ...] per key) with the vendored ECharts.
(function () {
  var data = JSON.parse(document.getElementById("chart-data").textContent || "{}");
  document.querySelectorAll(".chart").forEach(function (el) {
    var rows = data[el.dataset.chart] || [];
    var chart = echarts.init(el, null, { renderer: "svg" });
    var title = { text: el.dataset.title, textStyle: { fontSize: 14 } };
    if (!rows.length) {
      chart.setOption({ title: title, graphic: { type: "text", left: "center", top: "middle", style: { text: "暂无数据" } } });
      return;
    }
    if (el.dataset.kind === "pie") {
      chart.setOption({ title: title, tooltip: { trigger: "item" },
        series: [{ type: "pie", radius: "60%", data: rows.map(function (r) { return { name: r[0], value: r[1] }; }) }] });
    } else {
      chart.setOption({ title: title, tooltip: { trigger: "axis" }, grid: { left: 40, right: 20, bottom: 60 },
        xAxis: { type: "category", data: rows.map(function (r) { return r[0]; }), axisLabel: { rotate: rows.length > 6 ? 30 : 0 } },
        yAxis: { type: "value" },
        series: [{ type: el.dataset.kind, showSymbol: true, symbolSize: 8, animation: false,
          data: rows.map(function (r) { return r[1]; }) }] });
    }
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
