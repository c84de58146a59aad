#!/usr/bin/env node
// Independent client check: an outside client (Node, @grpc/grpc-js + @grpc/proto-loader) that loads the
// contracts straight from proto/ and exercises the three running services: health, chat and order
// ingest, the conversion report, conversations, API-key authentication and shop scoping, suggestions.
//
//   node check.mjs [--chat=HOST:PORT] [--metrics=HOST:PORT] [--scripts=HOST:PORT]
//                  [--key=API_KEY] [--shop=SHOP_ID] [--other-shop=SHOP_ID] [--poll-timeout=SECONDS]
//
// Defaults are the demo's (`./mvnw -B install -DskipTests -Pdemo`); each option can also come from the
// environment: ZHUANHUA_CHAT_ADDR, ZHUANHUA_METRICS_ADDR, ZHUANHUA_SCRIPTS_ADDR, ZHUANHUA_API_KEY,
// ZHUANHUA_SHOP_ID, ZHUANHUA_OTHER_SHOP_ID, ZHUANHUA_POLL_TIMEOUT. Arguments win over the environment.
// Prints one line per check, then "N passed, M failed"; exits 1 on any failure.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------- configuration

const OPTIONS = {
  chat: ['ZHUANHUA_CHAT_ADDR', '127.0.0.1:8081'],
  metrics: ['ZHUANHUA_METRICS_ADDR', '127.0.0.1:8082'],
  scripts: ['ZHUANHUA_SCRIPTS_ADDR', '127.0.0.1:8083'],
  key: ['ZHUANHUA_API_KEY', 'demo-key-shop-a'],
  shop: ['ZHUANHUA_SHOP_ID', 'demo-shop'],
  'other-shop': ['ZHUANHUA_OTHER_SHOP_ID', 'client-check-other-shop'],
  'poll-timeout': ['ZHUANHUA_POLL_TIMEOUT', '30'],
  'proto-root': ['ZHUANHUA_PROTO_ROOT', resolve(HERE, '../../proto/src/main/proto')],
};

function parseConfig(argv) {
  const config = {};
  for (const [name, [env, fallback]] of Object.entries(OPTIONS)) {
    config[name] = process.env[env] || fallback;
  }
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log('usage: node check.mjs ' + Object.entries(OPTIONS)
        .map(([name, [env, fallback]]) => `[--${name}=… (env ${env}, default ${fallback})]`).join(' '));
      process.exit(0);
    }
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match || !(match[1] in OPTIONS)) {
      console.error(`unknown argument: ${arg} (try --help)`);
      process.exit(2);
    }
    config[match[1]] = match[2];
  }
  config['poll-timeout'] = Number(config['poll-timeout']);
  if (!(config['poll-timeout'] > 0)) {
    console.error('--poll-timeout must be a positive number of seconds');
    process.exit(2);
  }
  return config;
}

const config = parseConfig(process.argv.slice(2));
const CALL_DEADLINE_MS = 10_000;

// ------------------------------------------------------------------------------------------- contracts

function protoFiles(root) {
  const found = [];
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      found.push(...protoFiles(path));
    } else if (entry.endsWith('.proto')) {
      found.push(relative(config['proto-root'], path));
    }
  }
  return found.sort();
}

const LOADER_OPTIONS = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

if (!existsSync(config['proto-root'])) {
  console.error(`no contracts at ${config['proto-root']} (set --proto-root)`);
  process.exit(2);
}
const files = protoFiles(config['proto-root']);
const api = grpc.loadPackageDefinition(
  protoLoader.loadSync(files, { ...LOADER_OPTIONS, includeDirs: [config['proto-root']] })).zhuanhua;

// grpc.health.v1 is not one of our contracts: the standard health.proto, inline.
const health = grpc.loadPackageDefinition(protoLoader.fromJSON({
  nested: { grpc: { nested: { health: { nested: { v1: { nested: {
    HealthCheckRequest: { fields: { service: { type: 'string', id: 1 } } },
    HealthCheckResponse: {
      fields: { status: { type: 'ServingStatus', id: 1 } },
      nested: { ServingStatus: { values: { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 } } },
    },
    Health: { methods: { Check: { requestType: 'HealthCheckRequest', responseType: 'HealthCheckResponse' } } },
  } } } } } } },
}, LOADER_OPTIONS)).grpc.health.v1;

// --------------------------------------------------------------------------------------------- clients

const credentials = grpc.credentials.createInsecure();
const clients = {
  chatHealth: new health.Health(config.chat, credentials),
  metricsHealth: new health.Health(config.metrics, credentials),
  scriptsHealth: new health.Health(config.scripts, credentials),
  chatIngest: new api.chat.v1.ChatIngestService(config.chat, credentials),
  conversations: new api.chat.v1.ConversationService(config.chat, credentials),
  orderIngest: new api.metrics.v1.OrderIngestService(config.metrics, credentials),
  reports: new api.metrics.v1.ReportService(config.metrics, credentials),
  suggest: new api.scripts.v1.SuggestService(config.scripts, credentials),
};

function metadata(key) {
  const md = new grpc.Metadata();
  if (key) {
    md.set('x-api-key', key);
  }
  return md;
}

/** A unary call as a promise with the configured API key; NO_KEY sends no x-api-key header at all. */
const NO_KEY = null;
function call(client, method, request, key = config.key) {
  return new Promise((resolvePromise, reject) => {
    client[method](request, metadata(key), { deadline: Date.now() + CALL_DEADLINE_MS }, (error, response) =>
      (error ? reject(error) : resolvePromise(response)));
  });
}

/** A bidi stream: writes the requests, half-closes, resolves with every response (or rejects with the status). */
function stream(client, method, requests, key = config.key) {
  return new Promise((resolvePromise, reject) => {
    const call = client[method](metadata(key), { deadline: Date.now() + CALL_DEADLINE_MS });
    const responses = [];
    call.on('data', (response) => responses.push(response));
    call.on('error', reject);
    call.on('end', () => resolvePromise(responses));
    requests.forEach((request) => call.write(request));
    call.end();
  });
}

const STATUS_NAMES = Object.fromEntries(Object.entries(grpc.status).map(([name, code]) => [code, name]));

function describe(error) {
  if (error && typeof error.code === 'number') {
    return `${STATUS_NAMES[error.code] ?? error.code}: ${error.details}`;
  }
  return error?.message ?? String(error);
}

// ---------------------------------------------------------------------------------------------- checks

let passed = 0;
let failed = 0;

class CheckFailed extends Error {}

function expect(condition, message) {
  if (!condition) {
    throw new CheckFailed(message);
  }
}

/** Runs one check and prints its line; returns its value, or undefined when it failed. */
async function check(name, body) {
  const started = Date.now();
  try {
    const detail = await body();
    passed++;
    console.log(`PASS  ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)`);
    return detail ?? true;
  } catch (error) {
    failed++;
    console.log(`FAIL  ${name} — ${error instanceof CheckFailed ? error.message : describe(error)}`);
    return undefined;
  }
}

async function expectStatus(promise, code) {
  try {
    await promise;
  } catch (error) {
    expect(error.code === code, `expected ${STATUS_NAMES[code]}, got ${describe(error)}`);
    return `${STATUS_NAMES[code]} (${error.details})`;
  }
  throw new CheckFailed(`expected ${STATUS_NAMES[code]}, the call succeeded`);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const timestamp = (ms) => ({ seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 });

/** A shop-local day as the contracts' Date, in the demo shops' default zone. */
function shanghaiDate(ms) {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  }).format(new Date(ms)).split('-').map(Number);
  return { year, month, day };
}

// A fresh buyer, agent and order per run, so runs never collide with each other or with the demo day.
const run = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const buyer = `client-check-buyer-${run}`;
const agent = `client-check:agent-${run}`;
const orderId = `client-check-order-${run}`;
const amountFen = 12990;
const now = Date.now();

const chatEvents = [
  {
    event_id: `client-check-msg-${run}-1`, platform: 'PLATFORM_TAOBAO', buyer_id: buyer,
    occurred_at: timestamp(now - 180_000),
    message_posted: { sender_role: 'ROLE_BUYER', text: '你好，这件卫衣165cm 110斤穿什么码？', item_id: '623415789014' },
  },
  {
    event_id: `client-check-msg-${run}-2`, platform: 'PLATFORM_TAOBAO', buyer_id: buyer,
    occurred_at: timestamp(now - 165_000),
    message_posted: { sender_role: 'ROLE_AGENT', agent_id: agent, text: '亲，建议拍M码哦，版型宽松~' },
  },
];
const orderEvents = [
  {
    platform: 'PLATFORM_TAOBAO', order_id: orderId, buyer_id: buyer, occurred_at: timestamp(now - 120_000),
    created: { amount: { amount_minor: String(amountFen), currency: 'CNY' },
      lines: [{ item_id: '623415789014', sku_id: 'M', quantity: 1 }] },
  },
  {
    platform: 'PLATFORM_TAOBAO', order_id: orderId, buyer_id: buyer, occurred_at: timestamp(now - 60_000),
    paid: { amount: { amount_minor: String(amountFen), currency: 'CNY' } },
  },
];
// Yesterday to tomorrow in Shanghai: covers the events' shop-local day whatever the hour.
const period = { start: shanghaiDate(now - 86_400_000), end: shanghaiDate(now + 86_400_000) };
const reportRequest = (shopId) => ({ shop_id: shopId, period, group_by: ['REPORT_GROUPING_AGENT'] });

console.log(`Zhuanhua client check: chat ${config.chat}, metrics ${config.metrics}, scripts ${config.scripts},`
  + ` shop ${config.shop}, ${files.length} contracts from ${relative(process.cwd(), config['proto-root']) || '.'}`);
console.log(`fresh buyer ${buyer}, agent ${agent}, order ${orderId}`);

for (const [service, client] of [['chat', clients.chatHealth], ['metrics', clients.metricsHealth],
  ['scripts', clients.scriptsHealth]]) {
  await check(`health ${service} (grpc.health.v1.Health/Check)`, async () => {
    const response = await call(client, 'Check', { service: '' }, NO_KEY);
    expect(response.status === 'SERVING', `status ${response.status}`);
    return 'SERVING';
  });
}

const chatStored = await check('ingest chat (ChatIngestService/IngestEvents: buyer question, agent reply)', async () => {
  const response = await call(clients.chatIngest, 'IngestEvents', { shop_id: config.shop, events: chatEvents });
  expect(response.outcomes.length === 2 && response.outcomes.every((o) => o === 'EVENT_OUTCOME_STORED'),
    `outcomes ${JSON.stringify(response.outcomes)}`);
  return response.outcomes.join(', ');
});

await check('ingest chat again is idempotent (same events → DUPLICATE)', async () => {
  const response = await call(clients.chatIngest, 'IngestEvents', { shop_id: config.shop, events: chatEvents });
  expect(response.outcomes.length === 2 && response.outcomes.every((o) => o === 'EVENT_OUTCOME_DUPLICATE'),
    `outcomes ${JSON.stringify(response.outcomes)}`);
  return response.outcomes.join(', ');
});

// A second buyer for the stream, with buyer lines only: the agent's report row and the first buyer's
// conversation stay as the checks below expect them.
const streamBuyer = `client-check-stream-buyer-${run}`;
const streamEvent = {
  event_id: `client-check-stream-${run}-1`, platform: 'PLATFORM_TAOBAO', buyer_id: streamBuyer,
  occurred_at: timestamp(now - 170_000), message_posted: { sender_role: 'ROLE_BUYER', text: '今天能发货吗？' },
};
await check('stream chat (ChatIngestService/StreamEvents: one event, then a batch → one ack per request)', async () => {
  const noBuyer = { ...streamEvent, event_id: `client-check-stream-${run}-2`, buyer_id: '' };
  const acks = await stream(clients.chatIngest, 'StreamEvents', [
    { shop_id: config.shop, event: chatEvents[0] },
    { shop_id: config.shop, events: [streamEvent, noBuyer, streamEvent] },
  ]);
  expect(acks.length === 2, `${acks.length} acks for 2 requests`);
  const [single, batch] = acks;
  expect(single.sequence === '0' && single.event_id === chatEvents[0].event_id
    && single.outcome === 'EVENT_OUTCOME_DUPLICATE' && single.results.length === 0,
  `one-event ack ${JSON.stringify(single)}`);
  const outcomes = batch.results.map((r) => r.outcome);
  expect(batch.sequence === '1' && JSON.stringify(outcomes) === JSON.stringify(
    ['EVENT_OUTCOME_STORED', 'EVENT_OUTCOME_REJECTED', 'EVENT_OUTCOME_DUPLICATE']), `batch results ${JSON.stringify(outcomes)}`);
  const { violation } = batch.results[1];
  expect(violation?.field === 'events[1].buyer_id', `violation ${JSON.stringify(violation)}`);
  return `${single.outcome}; batch ${outcomes.join(', ')} (${violation.field}: ${violation.description})`;
});

await check('stream with event and events both set → INVALID_ARGUMENT', () => expectStatus(
  stream(clients.chatIngest, 'StreamEvents', [{ shop_id: config.shop, event: streamEvent, events: [streamEvent] }]),
  grpc.status.INVALID_ARGUMENT));

const ordersStored = await check('ingest orders (OrderIngestService/IngestOrderEvents: created, paid)', async () => {
  const response = await call(clients.orderIngest, 'IngestOrderEvents', { shop_id: config.shop, events: orderEvents });
  expect(response.outcomes.length === 2 && response.outcomes.every((o) => o === 'EVENT_OUTCOME_STORED'),
    `outcomes ${JSON.stringify(response.outcomes)}`);
  return response.outcomes.join(', ');
});

await check('report shows the new buyer (ReportService/GetConversionReport, by agent, polled)', async () => {
  expect(chatStored && ordersStored, 'not checked: the ingest above failed');
  const deadline = Date.now() + config['poll-timeout'] * 1000;
  let row;
  for (;;) {
    const { report } = await call(clients.reports, 'GetConversionReport', reportRequest(config.shop));
    row = report.rows.find((r) => r.agent_id === agent);
    const f = row?.figures;
    if (f && f.inquiring_buyers === '1' && f.ordering_buyers === '1' && f.paying_buyers === '1'
      && f.cs_sales?.amount_minor === String(amountFen)) {
      return `agent row: 1 inquiring, 1 ordering, 1 paying, cs_sales ${f.cs_sales.amount_minor} fen, `
        + `final conversion ${f.final_conversion} (shop total ${report.total.inquiring_buyers} inquiring)`;
    }
    if (Date.now() > deadline) {
      throw new CheckFailed(`not there after ${config['poll-timeout']} s; agent row: ${JSON.stringify(row?.figures ?? null)}`);
    }
    await sleep(500);
  }
});

await check('ListConversations finds the buyer (ConversationService)', async () => {
  const response = await call(clients.conversations, 'ListConversations',
    { shop_id: config.shop, buyer_id: buyer, page_size: 10 });
  const mine = response.conversations.filter((c) => c.buyer_id === buyer);
  expect(mine.length === 1, `${mine.length} conversations of the buyer (of ${response.conversations.length} listed)`);
  const [conversation] = mine;
  expect(conversation.message_count === 2, `message_count ${conversation.message_count}`);
  expect(conversation.inquiry === true, 'not marked as an inquiry');
  expect(conversation.agent_ids.includes(agent), `agent_ids ${JSON.stringify(conversation.agent_ids)}`);
  return `${conversation.conversation_id}: 2 messages, inquiry, main category ${conversation.main_category}`;
});

await check('Suggest returns replies (SuggestService, size question)', async () => {
  const response = await call(clients.suggest, 'Suggest',
    { shop_id: config.shop, category: 'QUESTION_CATEGORY_SIZE_FIT', language: 'zh-CN', limit: 3 });
  expect(response.suggestions.length > 0, 'no suggestions');
  expect(response.suggestions.every((s) => s.text.trim().length > 0), 'a suggestion without text');
  return `${response.suggestions.length} suggestion(s), first: ${response.suggestions[0].text.slice(0, 40)}`;
});

const unauthenticated = [
  ['chat', () => call(clients.conversations, 'ListConversations', { shop_id: config.shop, page_size: 1 }, NO_KEY)],
  ['metrics', () => call(clients.reports, 'GetConversionReport', reportRequest(config.shop), NO_KEY)],
  ['scripts', () => call(clients.suggest, 'Suggest',
    { shop_id: config.shop, category: 'QUESTION_CATEGORY_SIZE_FIT', limit: 1 }, NO_KEY)],
];
for (const [service, attempt] of unauthenticated) {
  await check(`no API key → UNAUTHENTICATED (${service})`, () => expectStatus(attempt(), grpc.status.UNAUTHENTICATED));
}

const other = config['other-shop'];
const permissionDenied = [
  ['chat', () => call(clients.conversations, 'ListConversations', { shop_id: other, page_size: 1 })],
  ['metrics', () => call(clients.reports, 'GetConversionReport', reportRequest(other))],
  ['scripts', () => call(clients.suggest, 'Suggest', { shop_id: other, category: 'QUESTION_CATEGORY_SIZE_FIT', limit: 1 })],
];
for (const [service, attempt] of permissionDenied) {
  await check(`another shop (${other}) → PERMISSION_DENIED (${service})`,
    () => expectStatus(attempt(), grpc.status.PERMISSION_DENIED));
}

Object.values(clients).forEach((client) => client.close());
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
