'use strict';
// The dashboard page: logs in with an API key (kept in this tab's sessionStorage and sent as x-api-key with
// every fetch, never in a cookie or a URL), then draws each panel from the dashboard API.
// body[data-state] tells where the page is: login, loading, ready or error.

const KEY_STORE = 'zhuanhua.apiKey';
const $ = id => document.getElementById(id);
const charts = {};

/*
 * Every panel: the API report it reads (fetched once per refresh even when panels share it) and how it draws
 * it. A new panel is a section in index.html and an entry here.
 */
const PANELS = [
  {id: 'funnel', source: 'conversion?groupBy=day', draw: drawFunnel},
  {id: 'trend', source: 'conversion?groupBy=day', draw: drawTrend},
  {id: 'reasons', source: 'lost', draw: drawReasons},
  {id: 'categories', source: 'questions', draw: drawCategories},
  {id: 'responses', source: 'response-times', draw: drawResponseTimes},
  {id: 'agents', source: 'agents', draw: drawAgents},
];

/** DOMAIN.md's reasons for a lost inquiry; the API sends their codes. */
const REASONS = {
  NO_REPLY: '未回复', SLOW_FIRST_REPLY: '首响过慢', HUMAN_REQUEST_UNANSWERED: '转人工无人应', OUT_OF_STOCK: '缺货',
  COURIER_NOT_OFFERED: '快递不支持', DISPATCH_TOO_SLOW: '发货太慢', BARGAIN_REFUSED: '议价未果', SHIPPING_FEE_OBJECTION: '嫌运费',
  SIZE_DOUBT_UNRESOLVED: '尺码疑虑', QUALITY_DOUBT: '质量疑虑', AUTHENTICITY_DOUBT: '真伪疑虑', PAGE_MISMATCH: '与详情页不符',
  HANDLING_COMPLAINT: '不满接待', NO_QUESTION: '无实际提问', UNKNOWN: '未知',
};

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.reason ? (problem.field ? problem.field + ': ' : '') + problem.reason : 'HTTP ' + status);
    this.status = status;
  }
}

/** GET from the dashboard API with the caller's key; the shop and period are added unless told otherwise. */
async function api(source, {scoped = true, as = 'json'} = {}) {
  const url = new URL('api/' + source, document.baseURI);
  if (scoped) {
    url.searchParams.set('shop', $('shop').value);
    url.searchParams.set('from', $('from').value);
    url.searchParams.set('to', $('to').value);
  }
  const response = await fetch(url, {headers: {'x-api-key': sessionStorage.getItem(KEY_STORE) || ''}});
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  return as === 'blob' ? response.blob() : response.json();
}

const count = n => n.toLocaleString('zh-CN');
const percent = r => (r * 100).toFixed(1) + '%';
const money = (minor, currency) => (minor / 100).toLocaleString('zh-CN',
    {style: 'currency', currency, minimumFractionDigits: 2});
/** A wait: seconds below a minute ("6.5 s"), else whole minutes and seconds ("1 min 53 s"). */
const duration = millis => {
  if (millis < 60000) {
    return +(millis / 1000).toFixed(1) + ' s';
  }
  const seconds = Math.round(millis / 1000);
  return Math.floor(seconds / 60) + ' min' + (seconds % 60 ? ' ' + seconds % 60 + ' s' : '');
};

/** A table row of text cells; textContent, as agent ids are data, never markup. */
function tableRow(texts) {
  const tr = document.createElement('tr');
  for (const text of texts) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

function chart(panelId) {
  if (!charts[panelId]) {
    charts[panelId] = echarts.init(document.querySelector('#' + panelId + ' .chart'));
  }
  return charts[panelId];
}

function drawFunnel(report) {
  const t = report.total;
  document.querySelector('#funnel .rates').textContent = '询单转化率 ' + percent(t.consultationConversion)
      + ' · 付款转化率 ' + percent(t.paymentConversion) + ' · 询单→付款 ' + percent(t.finalConversion)
      + ' · 静默下单占比 ' + percent(t.silentOrderShare);
  chart('funnel').setOption({
    tooltip: {trigger: 'item'},
    series: [{
      name: '询单转化', type: 'funnel', sort: 'none', minSize: '20%', label: {formatter: '{b}: {c}'},
      data: [
        {name: '询单人数', value: t.inquiringBuyers},
        {name: '下单人数', value: t.orderingBuyers},
        {name: '付款人数', value: t.payingBuyers},
      ],
    }],
  }, true);
}

function drawTrend(report) {
  const rows = report.rows;
  const counts = (name, field) => ({name, type: 'line', data: rows.map(r => r.figures[field])});
  chart('trend').setOption({
    tooltip: {trigger: 'axis'},
    legend: {},
    xAxis: {type: 'category', data: rows.map(r => r.day)},
    yAxis: [{type: 'value', name: '人数', minInterval: 1},
      {type: 'value', name: '询单转化率', max: 1, axisLabel: {formatter: v => percent(v)}}],
    series: [
      counts('询单人数', 'inquiringBuyers'),
      counts('下单人数', 'orderingBuyers'),
      counts('付款人数', 'payingBuyers'),
      {...counts('询单转化率', 'consultationConversion'), yAxisIndex: 1, lineStyle: {type: 'dashed'}},
    ],
  }, true);
}

function drawReasons(lost) {
  document.querySelector('#reasons .rates').textContent = '流失 ' + count(lost.lostInquiries) + ' / 询单 '
      + count(lost.inquiringBuyers) + ' · 流失率 ' + percent(lost.lossRate);
  // Most first from the API; the bar chart lists categories bottom-up, so reverse to keep the largest on top.
  const reasons = [...lost.reasons].reverse();
  chart('reasons').setOption({
    tooltip: {trigger: 'axis'},
    grid: {containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: reasons.map(r => (REASONS[r.key] || r.key) + ' ' + r.key)},
    series: [{name: '流失询单', type: 'bar', data: reasons.map(r => r.lostInquiries)}],
  }, true);
}

function drawCategories(questions) {
  chart('categories').setOption({
    tooltip: {trigger: 'item', formatter: p => p.name + ': ' + p.value + ' (' + percent(p.data.share) + ')'},
    series: [{
      name: '问题分类', type: 'pie', radius: ['35%', '65%'],
      data: questions.categories.map(c => ({name: c.category, value: c.inquiries, share: c.share})),
    }],
  }, true);
}

/** A bin's label from its edges: "0–6 s", "1–2 min", ">30 min" (the server groups the histogram). */
function binLabel(bin) {
  if (bin.toMillis === null) {
    return '>' + duration(bin.fromMillis);
  }
  return bin.toMillis <= 60000 ? bin.fromMillis / 1000 + '–' + bin.toMillis / 1000 + ' s'
      : bin.fromMillis / 60000 + '–' + bin.toMillis / 60000 + ' min';
}

/** What the figures beside the response-time chart print, from the API's waits. */
const WAIT_FIGURES = [
  ['轮次 turns', w => count(w.count)],
  ['平均 mean', w => duration(w.averageMillis)],
  ['中位数 median', w => duration(w.medianMillis)],
  ['p90', w => duration(w.p90Millis)],
  ['≤6 s 黄金6秒', w => percent(w.shareWithinSixSeconds)],
  ['≤10 s', w => percent(w.shareWithinTenSeconds)],
];

function drawResponseTimes(waits) {
  document.querySelector('#responses .rates').textContent = '回复率 ' + percent(waits.replyRate) + ' ('
      + count(waits.repliedBuyers) + ' / ' + count(waits.messagedBuyers) + ') · 未回复轮次 '
      + count(waits.unansweredTurns);
  document.querySelector('#responses tbody').replaceChildren(...WAIT_FIGURES.map(([name, figure]) =>
    tableRow([name, figure(waits.calendar), figure(waits.business)])));
  const bars = (name, w) => ({name, type: 'bar', data: w.bins.map(b => b.count)});
  chart('responses').setOption({
    tooltip: {trigger: 'axis'},
    legend: {},
    grid: {containLabel: true},
    xAxis: {type: 'category', data: waits.calendar.bins.map(binLabel)},
    yAxis: {type: 'value', name: '轮次', minInterval: 1},
    series: [bars('日历时间 calendar', waits.calendar), bars('营业时间 business', waits.business)],
  }, true);
}

function drawAgents(report) {
  const tier = t => '≥' + percent(t.minConsultationConversion);
  document.querySelector('#agents .rates').textContent = '绩效档 ' + report.tiers
      .map(t => tier(t) + ' ' + money(t.amountMinor, report.currency)).join(' · ');
  document.querySelector('#agents tbody').replaceChildren(...report.agents.map(agent => {
    const f = agent.figures;
    const tr = tableRow([agent.bot ? '机器人 bot' : agent.agentId, count(f.inquiringBuyers), count(f.orderingBuyers),
      count(f.payingBuyers), percent(f.consultationConversion), percent(f.paymentConversion),
      money(f.csSalesMinor, report.currency), money(f.averageOrderValueMinor, report.currency),
      agent.tier ? tier(agent.tier) : '—', agent.tier ? money(agent.tier.amountMinor, report.currency) : '—']);
    tr.dataset.agent = agent.bot ? '' : agent.agentId;
    return tr;
  }));
}

async function refresh() {
  document.body.dataset.state = 'loading';
  $('error').textContent = '';
  const params = new URLSearchParams({shop: $('shop').value, from: $('from').value, to: $('to').value});
  history.replaceState(null, '', '?' + params);
  try {
    const reports = {};
    for (const source of new Set(PANELS.map(p => p.source))) {
      reports[source] = api(source);
    }
    for (const panel of PANELS) {
      panel.draw(await reports[panel.source]);
    }
    document.body.dataset.state = 'ready';
  } catch (e) {
    failed(e);
  }
}

function failed(e) {
  if (e instanceof ApiError && e.status === 401) {
    logOut();
    $('login-error').textContent = e.message;
    return;
  }
  $('error').textContent = e.message;
  document.body.dataset.state = 'error';
}

async function exportCsv() {
  try {
    const blob = await api('conversations.csv', {as: 'blob'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'conversations-' + $('shop').value + '-' + $('from').value + '-' + $('to').value + '.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (e) {
    failed(e);
  }
}

async function showBoard() {
  const me = await api('me', {scoped: false});
  $('shops').replaceChildren(...me.shops.map(shop => new Option(shop, shop)));
  const query = new URLSearchParams(location.search);
  const today = new Date();
  const daysAgo = n => new Date(today.getTime() - n * 86400000).toLocaleDateString('sv'); // yyyy-mm-dd
  $('shop').value = query.get('shop') || me.shops[0] || '';
  $('from').value = query.get('from') || daysAgo(6);
  $('to').value = query.get('to') || daysAgo(0);
  $('login-form').hidden = true;
  $('board').hidden = false;
  $('logout').hidden = false;
  if ($('shop').value) {
    await refresh();
  } else {
    document.body.dataset.state = 'ready';
  }
}

function logOut() {
  sessionStorage.removeItem(KEY_STORE);
  $('board').hidden = true;
  $('logout').hidden = true;
  $('login-form').hidden = false;
  document.body.dataset.state = 'login';
}

$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('login-error').textContent = '';
  sessionStorage.setItem(KEY_STORE, $('api-key').value);
  $('api-key').value = '';
  await showBoard().catch(failed);
});
$('filters').addEventListener('submit', event => {
  event.preventDefault();
  refresh();
});
$('export').addEventListener('click', exportCsv);
$('logout').addEventListener('click', logOut);
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

if (sessionStorage.getItem(KEY_STORE)) {
  showBoard().catch(failed);
}
