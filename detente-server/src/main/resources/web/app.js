// Détente dashboard. Every element is built with el(): strings become text nodes or attribute
// values, never markup, because everything shown comes from untrusted articles.
'use strict';

const DAY = 86400;
const LIST_SIZE = 50; // rows listed under a chart; the chart itself shows every item fetched

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only web links leave the dashboard: a javascript: or data: URL from an article is shown as text. */
function externalLink(url, label) {
  return /^https?:\/\//i.test(url || '') ? el('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, label) : label;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value != null && value !== '') query.set(key, value);
  }
  const response = await fetch(query.toString() ? `${path}?${query}` : path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} from ${path}`);
  return body;
}

const enc = encodeURIComponent;
const articleHref = (id, start, end) => `/article/${enc(id)}` + (end > start ? `?hl=${start}-${end}` : '');
const actorHref = id => `/actor/${enc(id)}`;
const pairHref = pair => `/pair/${enc(pair)}`;

/** Seconds since the epoch for a day ("2025-03-10"), ISO week ("2025-W11"), month or year. */
function periodTime(period) {
  if (!period) return null;
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(period))) return Date.UTC(+m[1], m[2] - 1, +m[3]) / 1000;
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(period))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY * 1000;
    return (monday + (m[2] - 1) * 7 * DAY * 1000) / 1000;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(period))) return Date.UTC(+m[1], m[2] - 1, 1) / 1000;
  if ((m = /^(\d{4})$/.exec(period))) return Date.UTC(+m[1], 0, 1) / 1000;
  return null;
}

const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fmt = x => (x == null || Number.isNaN(x) ? '–' : (x > 0 ? '+' : '') + x.toFixed(2));

function speakerLabel(s) {
  const who = s.speakerName || 'unknown speaker';
  return who + (s.speakerRole ? `, ${s.speakerRole}` : '') + (s.speakerCountry ? ` (${s.speakerCountry})` : '');
}

/** An item's day as shown: the day, "(publication date)" when inferred from it, or "undated". */
function dayLabel(item) {
  if (!item.day) return 'undated';
  return item.dayInferred ? `${item.day} (publication date)` : item.day;
}

/** A table cell for an item's day; undated and inferred days say so. */
function dayCell(item) {
  if (!item.day) return el('td', {class: 'undated', title: 'No date: the article has no publication date and the text gives none'}, 'undated');
  return el('td', {class: item.dayInferred ? 'inferred' : null,
    title: item.dayInferred ? 'The article\'s publication date (the text gives no date)' : null}, item.dayInferred ? item.day + '~' : item.day);
}

function statementTip(s) {
  return `${dayLabel(s)} · ${speakerLabel(s)}${s.direct ? '' : ' (reported)'}\n“${s.text}”`;
}

function eventTip(e) {
  return `${dayLabel(e)} · ${e.type}${e.actors && e.actors.length ? ' · ' + e.actors.join(', ') : ''}\n${e.evidence || ''}`;
}

/** The words of a search to mark in a text (operators left out). */
function searchTerms(query) {
  return (query || '').replace(/\b(OR|AND|NOT)\b/g, ' ').split(/[^\p{L}\p{N}*]+/u).filter(w => w && w !== '*');
}

/** The text with the search's words in <mark> (built as nodes, never markup). */
function marked(text, terms) {
  if (!terms || terms.length === 0) return text;
  const alternatives = terms.map(t => t.endsWith('*') ? t.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[\\p{L}\\p{N}]*'
    : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(el('mark', {}, m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Buttons that download the rows a page shows, as CSV or JSON. */
function downloads(name, rows, columns) {
  const save = (content, type, ext) => {
    const url = URL.createObjectURL(new Blob([content], {type}));
    const a = el('a', {href: url, download: `${name}.${ext}`});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const csvCell = v => {
    // as the export and the query commands write a cell: lists as JSON arrays
    const s = v == null ? '' : Array.isArray(v) || typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const csv = () => [columns.join(','), ...rows.map(r => columns.map(c => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
  return el('span', {class: 'downloads', dataset: {name}}, 'Download: ',
    el('button', {type: 'button', class: 'download-csv', onclick: () => save(csv(), 'text/csv', 'csv')}, 'CSV'), ' ',
    el('button', {type: 'button', class: 'download-json', onclick: () => save(JSON.stringify(rows, null, 2), 'application/json', 'json')}, 'JSON'));
}

const STATEMENT_EXPORT = ['id', 'day', 'dayInferred', 'speakerName', 'speakerCountry', 'about', 'direct', 'text', 'stance', 'outlet', 'topics', 'articleId', 'start', 'end', 'sourceArticles'];
const FLOW_EXPORT = ['source', 'sourceName', 'sourceCountry', 'target', 'targetName', 'targetCountry', 'events', 'types'];
const TYPE_MONTH_EXPORT = ['month', 'type', 'events'];
const PAIR_EXPORT = ['pair', 'statements', 'events', 'latestIndex', 'latestChange'];
const EVENT_EXPORT = ['id', 'day', 'dayInferred', 'type', 'actors', 'source', 'target', 'countries', 'place', 'weight', 'evidence', 'articleId', 'start', 'end', 'sourceArticles'];

// ---- tooltip shared by chart points and highlights ----
function installTooltip() {
  const tip = document.getElementById('tooltip');
  const show = (target, x, y) => {
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    tip.style.left = Math.min(x + 14, window.innerWidth - 400) + 'px';
    tip.style.top = (y + 14) + 'px';
  };
  document.addEventListener('mouseover', ev => {
    const target = ev.target.closest && ev.target.closest('[data-tip]');
    if (target) show(target, ev.clientX, ev.clientY); else tip.hidden = true;
  });
  document.addEventListener('focusin', ev => {
    const target = ev.target.closest && ev.target.closest('[data-tip]');
    if (target) { const r = target.getBoundingClientRect(); show(target, r.right, r.bottom); }
  });
  document.addEventListener('focusout', () => { tip.hidden = true; });
}

// ---- charts (uPlot, served from the jar) ----
function sparkline(series) {
  const points = (series || []).map(p => [periodTime(p.period), p]).filter(([t]) => t != null);
  if (points.length === 0) return el('p', {class: 'muted'}, 'no index yet');
  const box = el('div', {class: 'spark'});
  const data = [points.map(([t]) => t), points.map(([, p]) => p.index), points.map(([, p]) => p.low), points.map(([, p]) => p.high)];
  new uPlot({
    width: 250, height: 60, legend: {show: false}, cursor: {show: false},
    scales: {x: {time: true, auto: false, range: padRange(data[0])}},
    axes: [{show: false}, {show: false}],
    series: [{}, {stroke: '#2557a7', width: 2, points: {show: points.length < 3}},
      {stroke: 'transparent', points: {show: false}}, {stroke: 'transparent', points: {show: false}}],
    bands: [{series: [3, 2], fill: '#2557a722'}],
  }, data, box);
  return box;
}

/** The x range of a time axis, with room around the points (a single point stands in the middle). */
function padRange(xs) {
  if (xs.length === 0) return [0, 7 * DAY];
  const min = Math.min(...xs), max = Math.max(...xs);
  const pad = min === max ? 3 * DAY : Math.max(DAY, (max - min) * 0.04);
  return [min - pad, max + pad];
}

/** Items on the time axis: statements at their stance, events on the lower lane; same-day items fan out. */
function chartItems(statements, events) {
  const items = [];
  const seen = new Map();
  const at = (t, lane) => {
    const key = `${t}:${lane}`;
    const k = seen.get(key) || 0;
    seen.set(key, k + 1);
    return t + k * 3 * 3600;
  };
  const dated = value => (/^\d{4}-\d{2}/.test(value || '') ? periodTime(value) : null);
  for (const s of statements) {
    const t = dated(s.day);
    if (t == null) continue;
    items.push({t: at(t, 's'), y: s.stance == null ? 0 : Math.max(-2, Math.min(2, s.stance)), kind: 'statement',
      href: articleHref(s.articleId, s.start, s.end), tip: statementTip(s)});
  }
  for (const e of events) {
    const t = dated(e.day);
    if (t == null) continue;
    items.push({t: at(t, 'e'), y: -2.4, kind: 'event', href: articleHref(e.articleId, e.start, e.end), tip: eventTip(e)});
  }
  return items;
}

/** The items near the index's time span (two months either side); all of them when there is no index. */
function inWindow(items, timeline) {
  const times = timeline.map(p => periodTime(p.period)).filter(t => t != null);
  if (times.length === 0) return items;
  const margin = 61 * DAY;
  const min = Math.min(...times) - margin, max = Math.max(...times) + margin;
  return items.filter(i => i.t >= min && i.t <= max);
}

function pairChart(timeline, items, width) {
  const box = el('div', {class: 'chart'});
  const series = timeline.map(p => [periodTime(p.period), p]).filter(([t]) => t != null);
  const byTime = new Map(series);
  const xs = [...new Set([...series.map(([t]) => t), ...items.map(i => i.t)])].sort((a, b) => a - b);
  const pick = key => xs.map(t => (byTime.has(t) ? byTime.get(t)[key] : null));
  const layer = el('div', {class: 'points'});
  const place = u => {
    layer.replaceChildren(...items.map(item => {
      const left = u.valToPos(item.t, 'x');
      const top = u.valToPos(item.y, 'items');
      const point = el('a', {class: `pt pt-${item.kind}`, href: item.href, 'aria-label': item.tip, dataset: {tip: item.tip}});
      point.style.left = left + 'px';
      point.style.top = top + 'px';
      return point;
    }));
  };
  const plot = new uPlot({
    width, height: 340, legend: {show: false},
    scales: {x: {time: true, auto: false, range: padRange(xs)}, items: {auto: false, range: [-2.7, 2.7]}},
    series: [{},
      {label: 'index', stroke: '#2557a7', width: 2, spanGaps: true, points: {show: true, size: 6}},
      {label: 'low', stroke: '#2557a744', spanGaps: true, points: {show: false}},
      {label: 'high', stroke: '#2557a744', spanGaps: true, points: {show: false}},
      {label: 'items', scale: 'items', stroke: 'transparent', points: {show: false}}],
    bands: [{series: [3, 2], fill: '#2557a722'}],
    axes: [{}, {label: 'relations index'}, {scale: 'items', side: 1, label: 'statement stance', grid: {show: false}}],
    hooks: {draw: [place]},
  }, [xs, pick('index'), pick('low'), pick('high'), xs.map(() => null)], box);
  plot.over.append(layer);
  return box;
}

// ---- shared lists ----
function statementsTable(statements, terms) {
  if (statements.length === 0) return el('p', {class: 'muted empty-state'}, 'No statements.');
  return el('table', {class: 'statements'},
    el('thead', {}, el('tr', {}, ['Said on', 'Speaker', 'Kind', 'Statement', 'Stance', 'Outlet', 'Topics'].map(h => el('th', {}, h)))),
    el('tbody', {}, statements.map(s => el('tr', {dataset: {id: s.id}},
      dayCell(s),
      el('td', {class: 'speaker'}, s.speakerId ? el('a', {href: actorHref(s.speakerId)}, speakerLabel(s)) : speakerLabel(s)),
      el('td', {}, s.direct ? 'direct' : 'reported'),
      el('td', {}, el('a', {class: 'statement-text', href: articleHref(s.articleId, s.start, s.end)}, marked(s.text, terms)),
        s.sourceArticles && s.sourceArticles.length > 1 ? el('span', {class: 'muted'}, ` · ${s.sourceArticles.length} sources`) : null),
      el('td', {class: 'stance', title: s.stance == null ? 'no stance on a country pair' : null}, s.stance == null ? '–' : fmt(s.stance)),
      el('td', {class: 'outlet'}, s.outlet || ''),
      el('td', {}, (s.topics || []).join(', '))))));
}

function eventsTable(events) {
  if (events.length === 0) return el('p', {class: 'muted empty-state'}, 'No events.');
  return el('table', {class: 'events'},
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Actors', 'Place', 'Evidence'].map(h => el('th', {}, h)))),
    el('tbody', {}, events.map(e => el('tr', {},
      dayCell(e), el('td', {}, e.type), el('td', {}, (e.actors || []).join(', ')), el('td', {}, e.place || ''),
      el('td', {}, el('a', {href: articleHref(e.articleId, e.start, e.end)}, e.evidence || '(evidence)'))))));
}

/** An actor of a flow: its name (linked when known) and country; "unknown" when the text names none. */
function flowSide(key, name, country) {
  if (!key) return el('span', {class: 'muted'}, 'unknown');
  return [el('a', {href: actorHref(key)}, name || key), country && country !== key ? el('span', {class: 'muted'}, ` (${country})`) : null];
}

/**
 * Who acts on whom: per country direction (over all the pair's flows), then the top flows by source
 * and target actor with counts per PLOVER type, and how many flows the page leaves out.
 */
const FLOW_LIMIT = 25;

function flowsView(page, pair, by) {
  const flows = page.items;
  if (page.total === 0) return el('p', {class: 'muted empty-state'}, 'No events for this pair: nobody acts on anybody yet.');
  const directions = page.directions || [];
  return el('div', {class: 'flows'},
    directions.length ? el('p', {class: 'country-flows'}, directions.flatMap((d, i) =>
      [i ? ' · ' : '', el('b', {}, `${d.source} → ${d.target}`), `: ${count(d.events, 'event')}`])) : null,
    el('table', {class: 'flows'},
      el('thead', {}, el('tr', {}, ['Source', '', 'Target', 'Events', 'By type'].map(h => el('th', {}, h)))),
      el('tbody', {}, flows.map(f => el('tr', {},
        el('td', {class: 'flow-source'}, flowSide(f.source, f.sourceName, f.sourceCountry)), el('td', {}, '→'),
        el('td', {class: 'flow-target'}, flowSide(f.target, f.targetName, f.targetCountry)),
        el('td', {class: 'flow-events'}, String(f.events)),
        el('td', {}, f.types.map(t => `${t.type} ${t.events}`).join(' · ')))))),
    page.more > 0 ? el('p', {class: 'muted flows-more'},
      `${count(page.more, 'more flow')} with fewer events not shown (${page.total} in all; the country counts above include them). `,
      el('a', {href: `${pairHref(pair)}?by=${by}&flows=${Math.min(500, page.total)}`}, `show ${Math.min(500, page.total)}`)) : null);
}

/** The flows as download rows: the types as "TYPE count" strings. */
const flowRows = flows => flows.map(f => ({...f, types: f.types.map(t => `${t.type} ${t.events}`)}));

/** Events per month (rows, undated last) and PLOVER type (columns). */
function typeMonthTable(counts) {
  if (counts.length === 0) return el('p', {class: 'muted empty-state'}, 'No events for this pair: nothing to count.');
  const types = [...new Set(counts.map(c => c.type))].sort();
  const months = [...new Set(counts.map(c => c.month))];
  const at = new Map(counts.map(c => [`${c.month}|${c.type}`, c.events]));
  return el('table', {class: 'type-months'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Month'), types.map(t => el('th', {}, t)), el('th', {}, 'All'))),
    el('tbody', {}, months.map(m => el('tr', {},
      m == null ? el('td', {class: 'undated', title: 'No date: the articles have no publication date and the text gives none'}, 'undated')
        : el('td', {}, m),
      types.map(t => el('td', {class: 'num'}, at.has(`${m}|${t}`) ? String(at.get(`${m}|${t}`)) : '')),
      el('td', {class: 'num'}, String(types.reduce((n, t) => n + (at.get(`${m}|${t}`) || 0), 0)))))));
}

function changeLine(change) {
  if (!change) return el('p', {class: 'muted'}, 'no change recorded');
  const delta = change.after - change.before;
  return el('p', {class: 'change'}, el('span', {class: delta >= 0 ? 'up' : 'down'}, delta >= 0 ? '▲ ' : '▼ '),
    `${change.period}: ${fmt(change.before)} → ${fmt(change.after)}`, change.summary ? el('br') : null, change.summary || '');
}

// ---- pages ----
async function overviewPage(main) {
  const [pairs, stats] = await Promise.all([api('/api/pairs'), api('/api/stats')]);
  document.title = 'Détente · overview';
  main.replaceChildren(
    el('h1', {}, 'Country pairs'),
    el('div', {class: 'stats'}, [count(stats.articles, 'article'), count(stats.statements, 'statement'), count(stats.events, 'event'),
      count(stats.actors, 'actor'), stats.firstDate ? `${stats.firstDate} – ${stats.lastDate}` : null].map(t => t && el('span', {}, t))),
    undatedNote(stats),
    pairs.length ? downloads('pairs', pairs.map(p => ({pair: p.pair, statements: p.statements, events: p.events,
      latestIndex: p.series && p.series.length ? p.series[p.series.length - 1].index : null,
      latestChange: p.latestChange ? p.latestChange.period : null})), PAIR_EXPORT) : null,
    pairs.length === 0 ? el('p', {class: 'muted empty-state'}, 'No country pairs in the ledger yet.') : el('div', {class: 'cards'},
      pairs.map(p => el('section', {class: 'card pair-card'},
        el('h2', {}, el('a', {href: pairHref(p.pair)}, p.pair)),
        sparkline(p.series),
        el('div', {class: 'counts'}, p.series && p.series.length ? el('span', {class: 'latest-index'}, `index ${fmt(p.series[p.series.length - 1].index)}`) : null,
          el('span', {}, count(p.statements, 'statement')), el('span', {}, count(p.events, 'event'))),
        changeLine(p.latestChange)))));
}

/** How many items have no date, and why (null when all are dated). */
function undatedNote(stats) {
  const n = (stats.undatedStatements || 0) + (stats.undatedEvents || 0);
  if (n === 0) return null;
  return el('p', {class: 'muted undated-note'}, `${count(stats.undatedStatements, 'statement')} and ${count(stats.undatedEvents, 'event')} are undated: `
    + `${count(stats.undatedArticles, 'article')} have no publication date and the text gives none (ingest them with --published). `
    + `${(stats.inferredStatements || 0) + (stats.inferredEvents || 0)} items are dated by their article's publication date (shown with ~).`);
}

async function pairPage(main, pair) {
  const params = new URLSearchParams(location.search);
  const by = ['day', 'week', 'month'].includes(params.get('by')) ? params.get('by') : 'week';
  // the flows with the most events (25 unless ?flows= asks for 1 to 500): a pair gathers flows as the ledger grows
  const flowLimit = /^[1-9][0-9]{0,2}$/.test(params.get('flows') || '') ? Math.min(500, Number(params.get('flows'))) : FLOW_LIMIT;
  const [timeline, statements, events, issues, flows, typeMonths] = await Promise.all([
    api('/api/timeline', {pair, by}), api('/api/statements', {pair, limit: 500}),
    api('/api/events', {pair, limit: 500}), api('/api/issues', {pair}), api('/api/flows', {pair, limit: flowLimit}), api('/api/event-counts', {pair})]);
  document.title = `Détente · ${pair}`;
  const items = inWindow(chartItems(statements.items, events.items), timeline);
  const chartSlot = el('div', {class: 'chart-slot'});
  const undatedStatements = statements.items.filter(s => !s.day).length;
  const undatedEvents = events.items.filter(e => !e.day).length;
  const offAxis = statements.items.length + events.items.length - items.length - undatedStatements - undatedEvents;
  main.replaceChildren(
    el('h1', {}, `Relations ${pair}`),
    el('div', {class: 'pair-layout'},
      el('div', {},
        el('div', {class: 'legend'},
          el('span', {}, el('span', {class: 'swatch sw-index'}), 'relations index (band: uncertainty)'),
          el('span', {}, el('span', {class: 'swatch sw-statement'}), 'statement (height: stance)'),
          el('span', {}, el('span', {class: 'swatch sw-event'}), 'event'),
          el('span', {}, 'Period: ', ['day', 'week', 'month'].map(b => b === by ? el('b', {}, b + ' ')
            : el('a', {href: `${pairHref(pair)}?by=${b}`}, b + ' ')))),
        chartSlot,
        undatedStatements + undatedEvents > 0 ? el('p', {class: 'muted undated-note'}, `${count(undatedStatements, 'statement')} and `
          + `${count(undatedEvents, 'event')} are undated (their articles have no publication date and the text gives none): listed below as “undated”, not on the axis.`) : null,
        offAxis > 0 ? el('p', {class: 'muted off-axis'}, `${count(offAxis, 'item')} far outside the index's time span are listed below but not on the axis.`) : null,
        el('h2', {}, 'Who acts on whom'), flows.items.length ? downloads(`flows-${pair}`, flowRows(flows.items), FLOW_EXPORT) : null,
        flowsView(flows, pair, by),
        el('h2', {}, 'Events per type and month'), typeMonths.length ? downloads(`event-counts-${pair}`, typeMonths, TYPE_MONTH_EXPORT) : null,
        typeMonthTable(typeMonths),
        el('h2', {}, `Statements (${statements.total})`), downloads(`statements-${pair}`, statements.items, STATEMENT_EXPORT),
        statementsTable(statements.items.slice(0, LIST_SIZE)),
        statements.total > LIST_SIZE ? el('p', {}, el('a', {href: `/statements?pair=${enc(pair)}`}, `all ${statements.total} statements →`)) : null,
        el('h2', {}, `Events (${events.total})`), downloads(`events-${pair}`, events.items, EVENT_EXPORT),
        eventsTable(events.items.slice(0, LIST_SIZE))),
      el('aside', {class: 'card issues'}, el('h2', {}, 'Issue board'), issueBoard(issues))));
  if (timeline.length === 0 && items.length === 0) {
    chartSlot.append(el('p', {class: 'empty-state'}, 'No dated statements or events for this pair yet: nothing to chart.'));
  } else {
    chartSlot.append(pairChart(timeline, items, Math.max(320, chartSlot.clientWidth - 20)));
  }
}

function issueBoard(issues) {
  if (issues.length === 0) return el('p', {class: 'muted'}, 'No issues recorded for this pair.');
  return issues.map(i => el('section', {class: 'issue'},
    el('h3', {}, i.label || i.issue, ' ', i.status ? el('span', {class: `status status-${i.status}`, title: i.evidence || ''}, i.status) : null,
      ' ', el('span', {class: /up|ris|improv|warm/i.test(i.trend || '') ? 'up'
      : /down|fall|worse|cool/i.test(i.trend || '') ? 'down' : 'muted'}, i.trend || '')),
    i.evidence ? el('p', {class: 'muted evidence'}, i.evidence) : null,
    el('ul', {}, (i.latestStatements || []).map(s => el('li', {},
      el('a', {href: articleHref(s.articleId, s.start, s.end), dataset: {tip: statementTip(s)}}, `${s.speakerName || 'unknown'}: “${s.text}”`))),
    (i.latestEvents || []).map(e => el('li', {},
      el('a', {href: articleHref(e.articleId, e.start, e.end), dataset: {tip: eventTip(e)}}, `${e.type}: ${e.evidence || ''}`))))));
}

const LEDGER_FILTERS = [
  ['speaker', 'Speaker', 'text'], ['country', 'Country (alpha-3)', 'text'], ['speakerCountry', 'Speaker country', 'text'],
  ['about', 'About (alpha-3)', 'text'], ['pair', 'Pair (RUS-USA)', 'text'],
  ['topic', 'Topic', 'text'], ['from', 'From', 'date'], ['to', 'To', 'date'], ['text', 'Full text', 'search']];

async function statementsPage(main) {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [name] of LEDGER_FILTERS) filters[name] = params.get(name) || '';
  filters.kind = params.get('kind') || '';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const limit = 50;
  const form = el('form', {class: 'filters', id: 'filters'},
    LEDGER_FILTERS.map(([name, label, type]) => el('label', {}, label, el('input', {name, type, value: filters[name]}))),
    el('label', {}, 'Kind', el('select', {name: 'kind'},
      [['', 'any'], ['direct', 'direct'], ['reported', 'reported']].map(([v, l]) => el('option', {value: v, selected: v === filters.kind}, l)))),
    el('button', {type: 'submit'}, 'Filter'),
    el('a', {href: '/statements'}, 'clear'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
    location.assign(`/statements${next.toString() ? '?' + next : ''}`);
  });
  document.title = 'Détente · statements';
  main.replaceChildren(el('h1', {}, 'Statement ledger'), form, el('p', {class: 'muted'}, 'Loading…'));
  let page;
  try {
    page = await api('/api/statements', {...filters, offset, limit});
  } catch (err) {
    main.replaceChildren(el('h1', {}, 'Statement ledger'), form, el('p', {class: 'error'}, err.message));
    return;
  }
  const pageHref = o => { const q = new URLSearchParams(params); q.set('offset', o); return `/statements?${q}`; };
  main.replaceChildren(el('h1', {}, 'Statement ledger'), form,
    el('p', {class: 'result-count'}, count(page.total, 'statement')),
    downloads('statements', page.items, STATEMENT_EXPORT),
    statementsTable(page.items, searchTerms(filters.text)),
    el('div', {class: 'pager'},
      offset > 0 ? el('a', {href: pageHref(Math.max(0, offset - limit))}, '← previous') : null,
      page.total ? el('span', {class: 'muted'}, `${offset + 1}–${offset + page.items.length} of ${page.total}`) : null,
      offset + limit < page.total ? el('a', {href: pageHref(offset + limit)}, 'next →') : null));
}

async function actorPage(main, id) {
  const detail = await api(`/api/actors/${enc(id)}`, {limit: 200});
  const a = detail.actor;
  document.title = `Détente · ${a.name}`;
  main.replaceChildren(
    el('h1', {}, a.name),
    el('p', {class: 'meta'}, [a.kind, a.country].filter(Boolean).join(' · '),
      a.aliases && a.aliases.length ? ` · also: ${a.aliases.join(', ')}` : ''),
    el('h2', {}, 'Roles over time'),
    a.roles && a.roles.length ? rolesTable(a.roles) : el('p', {class: 'muted'}, 'No role recorded.'),
    el('h2', {}, `Statements (${detail.statements.total})`), downloads(`statements-${a.id}`, detail.statements.items, STATEMENT_EXPORT),
    statementsTable(detail.statements.items),
    el('h2', {}, `Events (${detail.events.total})`), downloads(`events-${a.id}`, detail.events.items, EVENT_EXPORT),
    eventsTable(detail.events.items));
}

/** Each role with a bar placing its spell on the span of all the actor's roles, and a link to its first evidence. */
function rolesTable(roles) {
  const times = roles.flatMap(r => [periodTime(r.from), periodTime(r.to)]).filter(t => t != null);
  const min = Math.min(...times), max = Math.max(...times);
  const bar = r => {
    const from = periodTime(r.from) ?? min, to = periodTime(r.to) ?? max;
    const span = max > min ? max - min : 1;
    const box = el('div', {class: 'spell'});
    const fill = el('div', {class: 'spell-fill', dataset: {tip: `${r.role}: ${r.from || '?'} – ${r.to || '?'}`}});
    fill.style.left = (times.length ? (100 * (from - min)) / span : 0) + '%';
    fill.style.width = Math.max(2, times.length ? (100 * (to - from)) / span : 100) + '%';
    box.append(fill);
    return box;
  };
  return el('table', {class: 'roles'},
    el('thead', {}, el('tr', {}, ['Role', 'Country', 'From', 'To', 'Over time', 'First seen in'].map(h => el('th', {}, h)))),
    el('tbody', {}, roles.map(r => el('tr', {}, el('td', {}, r.role), el('td', {}, r.country || ''),
      el('td', {}, r.from || '–'), el('td', {}, r.to || '–'), el('td', {class: 'spell-cell'}, bar(r)),
      el('td', {class: 'evidence'}, r.article ? el('a', {href: articleHref(r.article, r.start, r.end)}, r.article) : '–')))));
}

const LAYERS = [['statement', 'statements'], ['speaker', 'speakers'], ['cue', 'speech cues'], ['actor', 'actors'],
  ['date', 'dates'], ['event', 'events']];

async function articlePage(main, id) {
  const [detail, annotated] = await Promise.all([api(`/api/articles/${enc(id)}`), api(`/api/articles/${enc(id)}/annotations`)]);
  const a = detail.article;
  const text = annotated.text;
  const hl = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('hl') || '');
  const highlight = hl && +hl[1] < +hl[2] && +hl[2] <= text.length ? {start: +hl[1], end: +hl[2]} : null;
  document.title = `Détente · ${a.title || a.id}`;
  const docBox = el('div', {class: 'doc ' + LAYERS.map(([l]) => 'show-' + l).join(' ')}, annotatedText(text, annotated.annotations, highlight));
  const toggles = el('div', {class: 'layers'}, LAYERS.map(([layer, label]) => el('label', {class: `a-${layer}`},
    el('input', {type: 'checkbox', checked: true, onchange: ev => docBox.classList.toggle('show-' + layer, ev.target.checked)}), ' ' + label)));
  const statements = annotated.annotations.filter(x => x.layer === 'statement');
  const events = annotated.annotations.filter(x => x.layer === 'event');
  main.replaceChildren(
    el('h1', {}, a.title || a.id),
    el('p', {class: 'meta'}, [a.outlet, a.published, a.language].filter(Boolean).join(' · '), a.url ? ' · ' : '',
      a.url ? externalLink(a.url, a.url) : ''),
    el('div', {class: 'article-layout'},
      el('div', {}, toggles, docBox),
      el('aside', {class: 'side card'},
        el('h2', {}, 'Same story elsewhere'),
        detail.duplicates.length ? el('ul', {class: 'duplicates'}, detail.duplicates.map(d => el('li', {},
          el('a', {href: `/article/${enc(d.id)}`}, d.title || d.id), el('span', {class: 'muted'}, ` · ${[d.outlet, d.published].filter(Boolean).join(' · ')}`))))
          : el('p', {class: 'muted'}, 'No other outlet carries this story in the ledger.'),
        el('h2', {}, `Statements (${statements.length})`),
        el('ul', {class: 'side-statements'}, statements.map(s => el('li', {}, el('a', {href: articleHref(a.id, s.start, s.end)}, s.detail || 'unknown speaker'),
          ': “', text.slice(s.start, s.end), '”'))),
        el('h2', {}, `Events (${events.length})`),
        el('ul', {}, events.map(e => el('li', {}, el('a', {href: articleHref(a.id, e.start, e.end)}, e.label), ' ', text.slice(e.start, e.end)))))));
  const first = docBox.querySelector('.hl');
  if (first) first.scrollIntoView({block: 'center'});
}

/** The text cut at every annotation boundary; each piece carries the classes of the spans covering it. */
function annotatedText(text, annotations, highlight) {
  const spans = annotations.filter(x => x.start >= 0 && x.end <= text.length && x.start < x.end);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  if (highlight) { cuts.add(highlight.start); cuts.add(highlight.end); }
  const bounds = [...cuts].sort((x, y) => x - y);
  const pieces = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i], end = bounds[i + 1];
    const covering = spans.filter(s => s.start <= start && end <= s.end);
    const lit = highlight && highlight.start <= start && end <= highlight.end;
    const piece = text.slice(start, end);
    if (covering.length === 0 && !lit) { pieces.push(piece); continue; }
    const classes = new Set(['ann']);
    for (const s of covering) {
      classes.add('a-' + s.layer);
      if (s.layer === 'statement' && s.label === 'quote') classes.add('a-quote');
    }
    if (lit) classes.add('hl');
    const endingHere = covering.filter(s => s.end === end && s.layer !== 'statement' && s.layer !== 'cue').map(s => s.label).filter(Boolean);
    pieces.push(el('span', {
      class: [...classes].join(' '),
      dataset: {tip: covering.map(s => `${s.layer}: ${[s.label, s.detail].filter(Boolean).join(' — ')}`).join('\n') || 'highlighted'},
      'data-label': endingHere.length ? endingHere.join(' · ') : null}, piece));
  }
  return pieces;
}

// ---- router ----
const ROUTES = [
  [/^\/$/, overviewPage],
  [/^\/pair\/([A-Za-z]{3}-[A-Za-z]{3})$/, (main, pair) => pairPage(main, pair.toUpperCase())],
  [/^\/statements$/, statementsPage],
  [/^\/actor\/(.+)$/, actorPage],
  [/^\/article\/(.+)$/, articlePage],
];

async function route() {
  const main = document.getElementById('main');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const [pattern, page] of ROUTES) {
    const m = pattern.exec(path);
    if (m) {
      try {
        await page(main, ...m.slice(1).map(decodeURIComponent));
      } catch (err) {
        main.replaceChildren(el('p', {class: 'error'}, err.message));
      }
      document.body.dataset.ready = 'true';
      return;
    }
  }
  main.replaceChildren(el('p', {class: 'error'}, 'No such page.'));
  document.body.dataset.ready = 'true';
}

installTooltip();
route();
