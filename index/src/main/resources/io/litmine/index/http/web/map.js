// litmine mechanism map, drawn with d3 (vendored in vendor/d3.min.js, ISC licence): a heat map of claim
// counts (genes x relations or mechanisms) and the assertion graph (entities as nodes, net relations as
// signed edges, width = distinct papers), laid out by d3-force. Used by the web page and by the page
// `litmine map --format html` writes. Text from papers only ever enters as text (d3's .text()).
'use strict';

const MAP_COLOURS = { gene: '#3b7dd8', drug: '#2e9d4f', entity: '#8a8f98', up: '#2a9d3a', down: '#c0392b', other: '#8a8f98' };

// on.cell(gene, param, value) when a cell is chosen, on.edge(edge) when an edge is; click or Enter.
function drawMap(container, data, on) {
  const root = d3.select(container);
  root.selectAll('*').remove();
  root.append('p').attr('class', 'map-summary')
    .text(data.claims + ' claim(s): genes \u00d7 ' + data.heatmap.dimension + ', and what papers assert');
  drawHeatmap(root, data.heatmap, on);
  drawGraph(root, data.graph, on);
}

function activate(selection, handler) {
  selection.attr('tabindex', 0).attr('role', 'button')
    .on('click', (event, d) => handler(d))
    .on('keydown', (event, d) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); handler(d); } });
}

function drawHeatmap(root, heat, on) {
  if (!heat.rows.length) {
    root.append('p').attr('class', 'map-empty').text('no gene in these claims');
    return;
  }
  const cell = 26, left = 130, top = 150;
  // Room on the right for the last column's slanted label.
  const width = left + cell * heat.columns.length + 150;
  const height = top + cell * heat.rows.length + 10;
  const max = d3.max(heat.counts.flat()) || 1;
  const colour = d3.scaleSequentialSqrt(d3.interpolateBlues).domain([0, max]);
  const svg = root.append('svg').attr('class', 'heatmap').attr('viewBox', [0, 0, width, height])
    .attr('width', width).attr('height', height).attr('aria-label', 'heat map of claim counts');
  svg.append('g').selectAll('text').data(heat.columns).join('text')
    .attr('transform', (d, i) => 'translate(' + (left + i * cell + cell / 2 + 4) + ',' + (top - 6) + ') rotate(-45)')
    .attr('class', 'map-label').text((d) => d);
  svg.append('g').selectAll('text').data(heat.rows).join('text')
    .attr('x', 6).attr('y', (d, i) => top + i * cell + cell / 2 + 4).attr('class', 'map-label').text((d) => d);
  const cells = [];
  heat.rows.forEach((gene, r) => heat.columns.forEach((value, c) => {
    cells.push({ gene: gene, value: value, count: heat.counts[r][c], r: r, c: c });
  }));
  const g = svg.append('g').selectAll('g').data(cells).join('g').attr('class', 'cell')
    .attr('data-gene', (d) => d.gene).attr('data-value', (d) => d.value)
    .attr('transform', (d) => 'translate(' + (left + d.c * cell) + ',' + (top + d.r * cell) + ')');
  g.append('rect').attr('width', cell - 2).attr('height', cell - 2)
    .attr('fill', (d) => (d.count ? colour(d.count) : '#f7f8fa'));
  g.append('title').text((d) => d.gene + ' \u00d7 ' + d.value + ': ' + d.count + ' claim(s)');
  g.filter((d) => d.count > 0).append('text').attr('x', (cell - 2) / 2).attr('y', cell / 2 + 2)
    .attr('text-anchor', 'middle').attr('class', 'cell-count')
    .attr('fill', (d) => (d.count / max > 0.3 ? '#fff' : '#1d2330')).text((d) => d.count);
  activate(g.filter((d) => d.count > 0), (d) => on.cell(d.gene, heat.param, d.value));
}

function drawGraph(root, graph, on) {
  if (!graph.edges.length) {
    root.append('p').attr('class', 'map-empty').text('no assertion between two entities');
    return;
  }
  const width = 860, height = 520;
  const nodes = graph.nodes.map((n) => Object.assign({}, n));
  const links = graph.edges.map((e) => Object.assign({}, e));
  const radius = (n) => 5 + 2 * Math.sqrt(n.claims);
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((n) => n.id).distance(110))
    .force('charge', d3.forceManyBody().strength(-260))
    .force('collide', d3.forceCollide((n) => radius(n) + 14))
    .force('x', d3.forceX(width / 2).strength(0.06))
    .force('y', d3.forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  for (const n of nodes) {
    n.x = Math.max(20, Math.min(width - 90, n.x));
    n.y = Math.max(20, Math.min(height - 20, n.y));
  }
  const svg = root.append('svg').attr('class', 'graph').attr('viewBox', [0, 0, width, height])
    .attr('width', width).attr('height', height).attr('aria-label', 'assertion graph');
  const defs = svg.append('defs');
  defs.append('marker').attr('id', 'map-up').attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 5).attr('markerHeight', 5).attr('orient', 'auto')
    .append('path').attr('d', 'M0,0L10,5L0,10z').attr('fill', MAP_COLOURS.up);
  defs.append('marker').attr('id', 'map-down').attr('viewBox', '0 0 4 10').attr('refX', 3).attr('refY', 5)
    .attr('markerWidth', 3).attr('markerHeight', 6).attr('orient', 'auto')
    .append('rect').attr('width', 3).attr('height', 10).attr('fill', MAP_COLOURS.down);
  defs.append('marker').attr('id', 'map-other').attr('viewBox', '0 0 10 10').attr('refX', 5).attr('refY', 5)
    .attr('markerWidth', 4).attr('markerHeight', 4)
    .append('circle').attr('cx', 5).attr('cy', 5).attr('r', 4).attr('fill', MAP_COLOURS.other);
  const kind = (e) => (e.sign > 0 ? 'up' : e.sign < 0 ? 'down' : 'other');
  const end = (e) => {
    const dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
    const len = Math.hypot(dx, dy) || 1, r = radius(e.target) + 3;
    return [e.target.x - (dx / len) * r, e.target.y - (dy / len) * r];
  };
  const edge = svg.append('g').selectAll('line').data(links).join('line').attr('class', (e) => 'edge ' + kind(e))
    .attr('data-source', (e) => e.source.id).attr('data-target', (e) => e.target.id).attr('data-relation', (e) => e.relation)
    .attr('x1', (e) => e.source.x).attr('y1', (e) => e.source.y)
    .attr('x2', (e) => end(e)[0]).attr('y2', (e) => end(e)[1])
    .attr('stroke', (e) => MAP_COLOURS[kind(e)]).attr('stroke-opacity', 0.75)
    .attr('stroke-width', (e) => Math.min(9, 1 + e.papers))
    .attr('marker-end', (e) => 'url(#map-' + kind(e) + ')');
  edge.append('title').text((e) => e.source.id + ' ' + e.relation + ' ' + e.target.id + ': ' + e.papers + ' paper(s), '
    + e.claims + ' claim(s)');
  activate(edge, (e) => on.edge({ source: e.source.id, target: e.target.id, relation: e.relation, examples: e.examples || [] }));
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', (n) => 'node ' + n.type)
    .attr('transform', (n) => 'translate(' + n.x + ',' + n.y + ')');
  node.append('circle').attr('r', radius).attr('fill', (n) => MAP_COLOURS[n.type] || MAP_COLOURS.entity);
  node.append('text').attr('x', (n) => radius(n) + 3).attr('y', 4).attr('class', 'map-label').text((n) => n.id);
}
