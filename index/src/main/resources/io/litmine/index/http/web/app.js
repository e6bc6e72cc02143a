// litmine web page: talks to the JSON API and builds the page with DOM calls. Paper text only ever
// enters the page as text nodes; the one HTML the server sends (a hit's highlight: HTML-escaped text
// with <mark> tags and <span class="gene|drug" title="NAME"> around entity mentions) is not parsed as
// HTML either, but split on exactly those tags and decoded.
'use strict';

const PAGE_SIZE = 20;
const FACETS = ['gene', 'drug', 'mechanism', 'relation', 'netRelation', 'state', 'evidence', 'year'];
const FACET_HEADINGS = { netRelation: 'net relation', state: 'subject/object state' };
const state = { q: '', sort: 'relevance', offset: 0, filters: {}, claimsOnly: false };

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);
}

// The highlight as DOM: text nodes, <mark> elements, and gene/drug <span>s holding those. Nothing else.
const HIGHLIGHT_TAG = /(<mark>|<\/mark>|<span class="(?:gene|drug)" title="[^"<>]*">|<\/span>)/;
const ENTITY_TAG = /^<span class="(gene|drug)" title="([^"<>]*)">$/;
function highlighted(html) {
  const span = el('span', { class: 'sentence' });
  let marked = false;
  let entity = null;
  for (const part of html.split(HIGHLIGHT_TAG)) {
    if (!part) continue;
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    const open = ENTITY_TAG.exec(part);
    if (open) {
      entity = el('span', { class: 'entity ' + open[1], title: open[1] + ': ' + decode(open[2]) });
      span.append(entity);
      continue;
    }
    if (part === '</span>') { entity = null; continue; }
    const text = document.createTextNode(decode(part));
    (entity || span).append(marked ? el('mark', {}, text) : text);
  }
  return span;
}

function params(extra) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const v of values) p.append(dim, v);
  }
  if (state.claimsOnly) p.set('claimsOnly', 'true');
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

// The search lives in the URL (?q=&gene=&sort=&offset=): a bookmark or a shared link opens the same
// results, and back/forward walk the searches made.
function readLocation() {
  const p = new URLSearchParams(window.location.search);
  state.q = p.get('q') || '';
  state.sort = p.get('sort') || 'relevance';
  state.offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  state.claimsOnly = p.get('claimsOnly') === 'true';
  state.filters = {};
  for (const dim of FACETS.concat(['section', 'hedged', 'negated'])) {
    const values = p.getAll(dim);
    if (values.length) state.filters[dim] = values;
  }
  $('q').value = state.q;
  $('sort').value = state.sort;
  $('claims-only').checked = state.claimsOnly;
}

function writeLocation(replace) {
  const p = params(state.sort !== 'relevance' ? { sort: state.sort } : {});
  if (state.offset) p.set('offset', state.offset);
  const url = window.location.pathname + (p.toString() ? '?' + p.toString() : '');
  if (url !== window.location.pathname + window.location.search) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
}

function showError(message) {
  // An error replaces the results: nothing of the previous search stays under it.
  $('error').textContent = message;
  $('error').hidden = false;
  $('summary').textContent = '';
  $('page').textContent = '';
  $('suggestions').replaceChildren();
  $('hits').replaceChildren();
  $('facets').replaceChildren();
  $('prev').disabled = true;
  $('next').disabled = true;
}

async function search(fromHistory) {
  if (!fromHistory) writeLocation(false);
  const p = params({ limit: PAGE_SIZE, offset: state.offset, sort: state.sort });
  const exported = params({ format: 'csv' });
  exported.delete('claimsOnly');
  $('download').href = '/api/export?' + exported.toString();
  let response;
  let body;
  try {
    response = await fetch('/api/search?' + p.toString());
    body = await response.json();
  } catch (e) {
    showError('search failed: ' + e.message);
    return;
  }
  if (!response.ok) {
    showError(body.error || ('search failed: HTTP ' + response.status));
    return;
  }
  $('error').hidden = true;
  render(body);
}

// "did you mean": each suggestion a link that searches with the word replaced (or the filter changed).
function renderSuggestions(suggestions) {
  const box = $('suggestions');
  box.replaceChildren();
  const entries = Object.entries(suggestions || {});
  if (!entries.length) return;
  box.append('did you mean ');
  entries.forEach(([word, near], i) => {
    near.forEach((alternative, j) => {
      const link = el('a', { href: '#', class: 'suggestion' }, alternative);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        for (const dim of ['gene', 'drug']) {
          const values = state.filters[dim] || [];
          if (values.includes(word)) state.filters[dim] = values.map((v) => (v === word ? alternative : v));
        }
        state.q = state.q.split(word).join(alternative);
        $('q').value = state.q;
        state.offset = 0;
        search();
      });
      box.append(link);
      if (j < near.length - 1) box.append(' / ');
    });
    box.append(' (for ' + word + ')' + (i < entries.length - 1 ? ', ' : '?'));
  });
}

// The mechanism map of the current search (heat map and assertion graph, map.js), when shown: a cell
// filters on its gene and column value, an edge searches for the sentences asserting it.
async function renderMap() {
  const box = $('map');
  if (box.hidden) return;
  const p = params({});
  p.delete('claimsOnly');
  let body;
  try {
    const response = await fetch('/api/map?' + p.toString());
    body = await response.json();
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  } catch (e) {
    box.replaceChildren(el('p', { class: 'map-empty' }, 'map failed: ' + e.message));
    return;
  }
  drawMap(box, body, {
    cell: (gene, param, value) => {
      state.filters.gene = [gene];
      state.filters[param] = [value];
      state.offset = 0;
      search();
    },
    edge: (e) => {
      state.q = 'subjectId:"' + e.source + '" AND netRelation:' + e.relation + ' AND objectId:"' + e.target + '"';
      $('q').value = state.q;
      state.offset = 0;
      search();
    },
  });
}

function render(body) {
  const first = body.total === 0 ? 0 : state.offset + 1;
  const unit = body.unit === 'sentence' ? ' sentence(s)' : ' claim(s)';
  $('summary').textContent = body.total + unit + (body.total ? ', showing ' + first + '–' + (state.offset + body.hits.length) : '');
  $('page').textContent = body.total ? 'page ' + (Math.floor(state.offset / PAGE_SIZE) + 1) + ' of ' + Math.ceil(body.total / PAGE_SIZE) : '';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE_SIZE >= body.total;
  $('hits').replaceChildren(...body.hits.map(body.unit === 'sentence' ? sentenceNode : hitNode));
  renderSuggestions(body.total === 0 ? body.suggestions : null);
  renderFacets(body.facets || {});
  renderActiveFilters();
  renderMap();
}

// What the claim asserts about its subject's entity, when the subject's state changes it (as
// `litmine search` prints it, README "search"): "PTEN ⊣ Akt" for "PTEN loss ACTIVATES Akt"; else null.
const SYMBOLS = { ACTIVATES: '→', UPREGULATES: '→', INHIBITS: '⊣', DOWNREGULATES: '⊣' };
function asserted(hit) {
  if (!hit.netRelation || hit.netRelation === hit.relation) return null;
  const entity = hit.subjectId || hit.subject;
  return entity + ' ' + (SYMBOLS[hit.netRelation] || hit.netRelation) + ' ' + hit.object;
}

// The states that leave the relation as written: "subject gain", "object loss".
function stateNote(hit) {
  const notes = [];
  if (hit.subjectState && !asserted(hit)) notes.push('subject ' + hit.subjectState);
  if (hit.objectState) notes.push('object ' + hit.objectState);
  return notes.join(', ');
}

function claimMeta(hit) {
  const meta = el('div', { class: 'meta' }, hit.subject + ' — ' + hit.relation + ' — ' + hit.object);
  const net = asserted(hit);
  if (net) {
    meta.append(el('span', { class: 'asserted', title: 'what the claim asserts: ' + hit.netRelation }, ' ⇒ ' + net));
  }
  const states = stateNote(hit);
  if (states) meta.append(el('span', { class: 'states' }, ' (' + states + ')'));
  meta.append(' · ' + hit.mechanism + ' · ' + hit.evidence + (hit.support ? ' · ' + hit.support + ' paper(s)' : ''));
  return meta;
}

function badges(node, claim) {
  if (claim.hedged) node.append(el('span', { class: 'badge hedged' }, 'hedged'));
  if (claim.negated) node.append(el('span', { class: 'badge negated' }, 'negated'));
}

// A chip filters on its gene or drug, as the facet does.
function chipsNode(hit) {
  const chips = el('div', { class: 'chips' });
  const chip = (dim, name) => {
    const button = el('button', { type: 'button', class: 'chip ' + dim, title: 'filter on this ' + dim }, name);
    button.addEventListener('click', () => { if (!(state.filters[dim] || []).includes(name)) toggle(dim, name); });
    return button;
  };
  hit.genes.forEach((g) => chips.append(chip('gene', g)));
  hit.drugs.forEach((d) => chips.append(chip('drug', d)));
  return chips;
}

function citationsNode(hit) {
  const cites = el('div', { class: 'citations' });
  for (const c of hit.citations) {
    // The citation check: does the cited work's title speak of the claim's entities? (A sentence
    // making no claim has no verdict.)
    const verdict = c.supported === undefined ? ''
      : c.supported ? el('span', { class: 'verdict supported', title: 'the cited title names the claim\u2019s entities' }, ' \u2713')
        : el('span', { class: 'verdict unverified', title: 'the cited title does not name the claim\u2019s entities' }, ' ?');
    const reference = el('div', { class: 'reference' }, c.reference);
    const links = el('div', { class: 'links' });
    if (c.doi) links.append(el('a', { href: 'https://doi.org/' + encodeURI(c.doi), rel: 'noopener', target: '_blank' }, 'DOI'));
    if (c.pmid) links.append(el('a', { href: 'https://pubmed.ncbi.nlm.nih.gov/' + encodeURIComponent(c.pmid) + '/', rel: 'noopener', target: '_blank' }, 'PubMed'));
    if (links.childNodes.length) reference.append(links);
    const details = el('details', { class: 'citation', title: c.reference },
      el('summary', {}, '[' + c.label + ']', verdict), reference);
    cites.append(details);
  }
  for (const label of hit.unresolved) {
    cites.append(el('div', { class: 'citation unresolved', title: 'no such entry in the paper\u2019s reference list' },
      '[' + label + '] unresolved'));
  }
  return cites;
}

// Where the hit comes from: title / section, then links to the paper (DOI, PubMed, PMC, its file).
function paperNode(hit) {
  const paper = hit.paper || {};
  const bits = [];
  if (paper.authors && paper.authors.length) bits.push(paper.authors[0] + (paper.authors.length > 1 ? ' et al.' : ''));
  if (paper.journal) bits.push(paper.journal);
  if (paper.year) bits.push(String(paper.year));
  const node = el('div', { class: 'meta paper' }, hit.paperTitle + (hit.section ? ' / ' + hit.section : '')
    + (bits.length ? ' — ' + bits.join(', ') : ''));
  const links = el('span', { class: 'links' });
  const link = (href, text, title) => links.append(el('a', { href: href, rel: 'noopener', target: '_blank', title: title }, text));
  if (paper.doi) link('https://doi.org/' + encodeURI(paper.doi), 'DOI', 'the paper at its publisher');
  if (paper.pmid) link('https://pubmed.ncbi.nlm.nih.gov/' + encodeURIComponent(paper.pmid) + '/', 'PubMed', 'the paper in PubMed');
  if (paper.pmcid) link('https://www.ncbi.nlm.nih.gov/pmc/articles/' + encodeURIComponent(paper.pmcid) + '/', 'PMC', 'the full text in PubMed Central');
  link('/api/papers/' + encodeURIComponent(hit.paperId) + '/file', 'file', 'the file that was indexed');
  node.append(links);
  return node;
}

function hitNode(hit) {
  const li = el('li', { class: 'hit', 'data-claim': hit.claimId });
  li.append(highlighted(hit.highlight));
  badges(li, hit);
  li.append(claimMeta(hit));
  li.append(paperNode(hit));
  li.append(chipsNode(hit));
  li.append(citationsNode(hit));
  return li;
}

// A sentence hit: the sentence (query words marked, genes and drugs in their colours), where it is,
// its genes and drugs as chips, the claims it makes (each with what it asserts), its citations.
function sentenceNode(hit) {
  const li = el('li', { class: 'hit', 'data-sentence': hit.sentenceId });
  li.append(highlighted(hit.highlight));
  li.append(paperNode(hit));
  if (hit.claims.length) {
    const claims = el('ul', { class: 'claims' });
    for (const claim of hit.claims) {
      const item = el('li', { class: 'claim', 'data-claim': claim.claimId });
      item.append(claimMeta(claim));
      badges(item, claim);
      claims.append(item);
    }
    li.append(claims);
  }
  if (hit.claimCount > hit.claims.length) {
    li.append(el('div', { class: 'meta' }, (hit.claimCount - hit.claims.length) + ' more claim(s) here do not pass the filters'));
  }
  if (hit.support) li.append(el('div', { class: 'meta' }, 'asserted by ' + hit.support + ' paper(s)'));
  li.append(chipsNode(hit));
  li.append(citationsNode(hit));
  return li;
}

function renderFacets(facets) {
  const aside = $('facets');
  aside.replaceChildren();
  for (const dim of FACETS) {
    const counts = facets[dim] || {};
    const names = Object.keys(counts);
    if (!names.length) continue;
    aside.append(el('h2', {}, FACET_HEADINGS[dim] || dim));
    const list = el('div', { class: 'facet', 'data-dim': dim });
    for (const value of names) {
      const active = (state.filters[dim] || []).includes(value);
      const button = el('button', { type: 'button', class: 'facet-value' + (active ? ' active' : ''),
        'data-dim': dim, 'data-value': value },
        el('span', {}, value), el('span', { class: 'facet-count' }, counts[value]));
      button.addEventListener('click', () => toggle(dim, value));
      list.append(button);
    }
    aside.append(list);
  }
}

function renderActiveFilters() {
  const box = $('active-filters');
  box.replaceChildren();
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const v of values) {
      const chip = el('button', { type: 'button', class: 'chip', title: 'remove this filter' }, dim + ': ' + v + ' ×');
      chip.addEventListener('click', () => toggle(dim, v));
      box.append(chip);
    }
  }
}

function toggle(dim, value) {
  const values = state.filters[dim] || [];
  state.filters[dim] = values.includes(value) ? values.filter((v) => v !== value) : values.concat([value]);
  if (!state.filters[dim].length) delete state.filters[dim];
  state.offset = 0;
  search();
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = $('q').value.trim();
    state.sort = $('sort').value;
    state.claimsOnly = $('claims-only').checked;
    state.offset = 0;
    search();
  });
  $('map-toggle').addEventListener('click', () => {
    const box = $('map');
    box.hidden = !box.hidden;
    $('map-toggle').setAttribute('aria-expanded', String(!box.hidden));
    $('map-toggle').textContent = box.hidden ? 'Show map' : 'Hide map';
    renderMap();
  });
  $('claims-only').addEventListener('change', () => { state.claimsOnly = $('claims-only').checked; state.offset = 0; search(); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); search(); });
  $('next').addEventListener('click', () => { state.offset += PAGE_SIZE; search(); });
  window.addEventListener('popstate', () => { readLocation(); search(true); });
  readLocation();
  writeLocation(true);
  search(true);
});
