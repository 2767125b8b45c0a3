/* 数据情况统计: draws the stacked bar chart (Apache ECharts) from the figures in the container's data-chart
   attribute (the same figures as the table below it; /stats/data.json gives them too). */
(function () {
  "use strict";
  var box = document.getElementById("stats-chart");
  if (!box || !window.echarts) {
    return;
  }
  var data = JSON.parse(box.getAttribute("data-chart"));
  var esc = window.echarts.format.encodeHTML;
  var many = data.categories.length > 20;
  var chart = window.echarts.init(box, null, { renderer: "canvas", locale: "ZH" });
  chart.on("finished", function () {
    box.setAttribute("data-drawn", "1");
  });
  chart.setOption({
    animationDuration: 300,
    textStyle: { fontFamily: "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif" },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: function (items) {
        var total = 0;
        var lines = items.map(function (it) {
          total += it.value;
          return it.marker + esc(it.seriesName) + "：" + it.value.toLocaleString("zh-CN");
        });
        return esc(items[0].axisValueLabel) + "<br>" + lines.join("<br>") + "<br>合计：" + total.toLocaleString("zh-CN");
      }
    },
    legend: { top: 6 },
    grid: { left: 56, right: 24, top: 44, bottom: many ? 64 : 36 },
    xAxis: {
      type: "category",
      name: data.dimension,
      nameLocation: "middle",
      nameGap: many ? 48 : 26,
      data: data.categories,
      axisLabel: { rotate: many ? 45 : 0, hideOverlap: true }
    },
    yAxis: { type: "value", name: "行数", minInterval: 1 },
    dataZoom: data.categories.length > 60 ? [{ type: "inside" }, { type: "slider", height: 16, bottom: 4 }] : [],
    series: data.series.map(function (s) {
      return {
        name: s.name,
        type: "bar",
        stack: "jyzt",
        barMaxWidth: 48,
        itemStyle: { color: s.color },
        data: s.data
      };
    })
  });
  window.addEventListener("resize", function () {
    chart.resize();
  });
})();
