// Assay pages: the little behaviour that server-rendered pages need. The content security policy
// allows no inline script, so pages carry their data as JSON blocks
// (<script type="application/json">) and mark the elements this file brings to life:
//   data-chart="ID"    an ECharts chart whose option is the JSON block with that id
//   data-network="ID"  a Cytoscape.js graph whose elements are the JSON block with that id
//   data-autosubmit    a filter form that submits itself when a field changes
(function () {
  'use strict';

  var palette = ['#1f5f8b', '#d08c1a', '#2e8b57', '#b42318', '#6f4e9c', '#4c9bb0', '#8c6d46',
                 '#c2588f', '#5d7a2e', '#7a8796'];

  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function chart(el) {
    if (el.dataset.ready || typeof echarts === 'undefined') return;
    var option = json(el.dataset.chart);
    if (!option) return;
    option.color = option.color || palette;
    option.textStyle = option.textStyle || { fontFamily: 'system-ui, sans-serif', fontSize: 12 };
    option.animation = false;
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(option);
    el.dataset.ready = '1';
    charts.push(c);
  }

  var nodeColours = { exporter: '#1f5f8b', party: '#4c9bb0', address: '#8c6d46', brand: '#6f4e9c' };

  function network(el) {
    if (el.dataset.ready || typeof cytoscape === 'undefined') return;
    var elements = json(el.dataset.network);
    if (!elements) return;
    cytoscape({
      container: el,
      elements: elements,
      wheelSensitivity: 0.2,
      style: [
        { selector: 'node', style: {
            'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 140,
            'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1b2430',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.75,
            'text-background-padding': 1,
            'background-color': function (n) { return nodeColours[n.data('kind')] || '#7a8796'; },
            'width': 18, 'height': 18 } },
        { selector: 'node[kind = "exporter"]', style: { 'width': 28, 'height': 28, 'font-weight': 'bold' } },
        { selector: 'node[kind = "address"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'node[?root]', style: {
            'width': 40, 'height': 40, 'border-width': 3, 'border-color': '#17324a', 'font-size': 13 } },
        { selector: 'node[?violator]', style: {
            'background-color': '#b42318', 'border-width': 3, 'border-color': '#f5c2bd' } },
        { selector: 'node[kind = "address"]', style: { 'font-size': 8, 'color': '#6b7584' } },
        { selector: 'edge', style: { 'width': 1.2, 'line-color': '#c3cbd4', 'curve-style': 'bezier' } },
        { selector: 'edge:selected, edge:active', style: {
            'label': 'data(label)', 'font-size': 9, 'color': '#4a5565', 'text-rotation': 'autorotate' } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 60000,
                idealEdgeLength: 70, nodeOverlap: 30, componentSpacing: 80, gravity: 0.4,
                numIter: 2500, padding: 24 }
    });
    el.dataset.ready = '1';
  }

  var charts = [];

  function init(root) {
    root.querySelectorAll('[data-chart]').forEach(chart);
    root.querySelectorAll('[data-network]').forEach(network);
    root.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = '1';
      form.addEventListener('change', function () { form.requestSubmit(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (e) { init(e.target); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
