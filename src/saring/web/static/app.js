"use strict";
// The analyst page: search, entity, document scan, dashboard and hit review, over the API.

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function headers(extra) {
  const key = localStorage.getItem("saring-api-key");
  const all = Object.assign({}, extra || {});
  if (key) all["Authorization"] = "ApiKey " + key;
  return all;
}

async function api(path, options) {
  const opts = Object.assign({}, options || {});
  opts.headers = headers(opts.headers);
  const response = await fetch(path, opts);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : response.statusText;
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return body;
}

const VERDICT_LABEL = { true_positive: "true positive", false_positive: "false positive" };

// -- search ------------------------------------------------------------------------------

let searchTimer = null;
let searchAbort = null;

function scheduleSearch() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, 250);
}

async function runSearch() {
  const q = $("#q").value.trim();
  const schema = $("#schema").value;
  const status = $("#search-status");
  if (searchAbort) searchAbort.abort();
  if (!q) {
    $("#results").replaceChildren();
    $("#facets").replaceChildren();
    status.textContent = "";
    return;
  }
  searchAbort = new AbortController();
  status.textContent = "Searching…";
  const params = new URLSearchParams({ q, schema, limit: "20" });
  try {
    const data = await api("/search/default?" + params, { signal: searchAbort.signal });
    const total = data.total.value;
    status.textContent = total ? `${total} candidate${total === 1 ? "" : "s"} for “${q}”` : `No listed entity resembles “${q}”.`;
    $("#results").replaceChildren(...data.results.map((r) => resultItem(r, q)));
    renderFacets(data.facets);
  } catch (error) {
    if (error.name !== "AbortError") status.textContent = "Search failed: " + error.message;
  }
}

// Two decimals rounded down, as the CLI prints them: 0.6996 is under the 0.70 threshold and reads 0.69.
function scoreText(score) {
  return (Math.floor(Math.round(Number(score) * 1e8) / 1e6) / 100).toFixed(2);
}

function scoreBar(score) {
  const pct = Math.round(Math.max(0, Math.min(1, score)) * 100);
  const bar = el("span");
  bar.style.width = pct + "%";
  return el("div", { class: "scorebar", role: "meter", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(pct), title: "score " + scoreText(score) }, bar);
}

function reasonsOf(result) {
  if (Array.isArray(result.reasons) && result.reasons.length) {
    return result.reasons.filter((line) => !line.startsWith(" "));
  }
  return Object.values(result.explanations || {}).map((f) => f.detail || "");
}

function resultItem(result, query) {
  const reviewBadge = result.review
    ? el("span", { class: "badge " + result.review.verdict, title: result.review.note || "" }, "reviewed: " + VERDICT_LABEL[result.review.verdict])
    : null;
  const item = el("li", { class: "result" + (result.match ? " match" : ""), "data-id": result.id },
    el("h3", {}, el("a", { href: "#/entity/" + encodeURIComponent(result.id) }, result.caption),
      result.match ? el("span", { class: "badge match" }, "match") : null, reviewBadge),
    el("div", { class: "meta" }, `${result.schema} · ${result.datasets.join(", ")} · score ${scoreText(result.score)}`),
    scoreBar(result.score),
    el("ul", { class: "reasons" }, reasonsOf(result).map((line) => el("li", {}, line))),
    reviewForm(result, query));
  return item;
}

function reviewForm(result, query) {
  const note = el("input", { type: "text", placeholder: "Note (why)", "aria-label": "Review note", maxlength: "5000" });
  const said = el("span", { class: "meta" });
  const send = async (verdict) => {
    try {
      const review = await api("/reviews", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ entity_id: result.id, query, verdict, note: note.value }),
      });
      said.textContent = "Saved: " + VERDICT_LABEL[review.verdict];
    } catch (error) {
      said.textContent = "Not saved: " + error.message;
    }
  };
  return el("div", { class: "review-form" }, note,
    el("button", { type: "button", class: "plain", onclick: () => send("true_positive") }, "True positive"),
    el("button", { type: "button", class: "plain", onclick: () => send("false_positive") }, "False positive"),
    said);
}

function renderFacets(facets) {
  const blocks = [];
  for (const [name, facet] of Object.entries(facets || {})) {
    if (!facet.values.length) continue;
    blocks.push(el("div", { "data-facet": name }, el("h4", {}, facet.label),
      el("ul", {}, facet.values.slice(0, 10).map((v) => el("li", {}, el("span", {}, v.label), el("span", {}, String(v.count)))))));
  }
  $("#facets").replaceChildren(...blocks);
}

// -- entity --------------------------------------------------------------------------------

const NAME_PROPS = ["name", "alias", "weakAlias", "previousName", "abbreviation"];

function entityValues(entity, prop) {
  return (entity.properties[prop] || []).map((v) => (typeof v === "string" ? v : v.caption));
}

async function showEntity(id) {
  const box = $("#entity");
  box.replaceChildren(el("p", { class: "status" }, "Loading…"));
  let entity;
  let history = [];
  try {
    entity = await api("/entities/" + encodeURIComponent(id));
    history = await api("/entities/" + encodeURIComponent(id) + "/history").catch(() => []);
  } catch (error) {
    box.replaceChildren(el("p", { class: "status" }, "Could not load " + id + ": " + error.message));
    return;
  }
  const names = NAME_PROPS.flatMap((p) => entityValues(entity, p).map((n) => el("tr", {}, el("td", {}, n), el("td", { class: "meta" }, p))));
  const idRows = [];
  for (const [prop, values] of Object.entries(entity.properties)) {
    for (const value of values) {
      if (typeof value === "string" && /(Number|Code|Id|imoNumber|registration|swift|passport)/i.test(prop) && prop !== "programId") {
        idRows.push(el("tr", {}, el("td", {}, prop), el("td", {}, value)));
      } else if (typeof value === "object" && ["Identification", "Passport"].includes(value.schema)) {
        const p = value.properties;
        idRows.push(el("tr", {}, el("td", {}, (p.type || [value.schema])[0]), el("td", {}, (p.number || []).join(", ")), el("td", {}, (p.country || []).join(", "))));
      }
    }
  }
  const sanctions = (entity.properties.sanctions || []).filter((s) => typeof s === "object");
  const sanctionRows = sanctions.map((s) => {
    const p = s.properties;
    const when = (p.listingDate || p.startDate || p.date || []).join(", ");
    return el("tr", {}, el("td", {}, (p.authority || []).join(", ")), el("td", {}, (p.program || p.programId || []).join(", ")), el("td", {}, when), el("td", { class: "meta" }, (p.reason || []).join(" ").slice(0, 400)));
  });
  const facts = ["birthDate", "birthPlace", "nationality", "country", "position", "gender", "topics"]
    .filter((p) => entity.properties[p])
    .map((p) => el("tr", {}, el("th", {}, p), el("td", {}, entityValues(entity, p).join("; "))));
  const historyRows = history.map((h) => el("li", {}, `${h.snapshot.imported_at.slice(0, 10)} · ${h.event} in ${h.dataset}`,
    Object.keys(h.changes || {}).length ? ` (${Object.keys(h.changes).join(", ")} changed)` : ""));
  const reviews = (entity.reviews || []).map((r) => el("li", {}, el("span", { class: "badge " + r.verdict }, VERDICT_LABEL[r.verdict]), ` for “${r.query}” · ${r.at.slice(0, 10)} · ${r.note}`));
  box.replaceChildren(
    el("div", { class: "card" }, el("h1", {}, entity.caption), el("p", { class: "meta" }, `${entity.schema} · ${entity.id} · ${entity.datasets.join(", ")}`),
      el("table", {}, facts)),
    el("div", { class: "card" }, el("h2", {}, "Names"), el("table", { id: "entity-names" }, names)),
    el("div", { class: "card" }, el("h2", {}, "Sanctions"), sanctionRows.length
      ? el("table", { id: "entity-sanctions" }, el("tr", {}, el("th", {}, "Authority"), el("th", {}, "Program"), el("th", {}, "Listed"), el("th", {}, "Reason")), sanctionRows)
      : el("p", { class: "meta" }, "No sanction record attached.")),
    el("div", { class: "card" }, el("h2", {}, "Identifiers"), idRows.length ? el("table", {}, idRows) : el("p", { class: "meta" }, "None listed.")),
    el("div", { class: "card" }, el("h2", {}, "History"), el("ol", { id: "entity-history" }, historyRows)),
    el("div", { class: "card" }, el("h2", {}, "Reviews"), reviews.length ? el("ul", {}, reviews) : el("p", { class: "meta" }, "Not reviewed yet.")));
}

// -- scan ------------------------------------------------------------------------------------

function mentionsOf(result) {
  for (const key of ["mentions", "links", "hits", "entities", "matches"]) {
    if (Array.isArray(result[key])) return result[key];
  }
  return [];
}

function spanOf(mention, text) {
  let start = mention.start ?? mention.begin ?? (Array.isArray(mention.span) ? mention.span[0] : undefined);
  let end = mention.end ?? (Array.isArray(mention.span) ? mention.span[1] : undefined);
  const surface = mention.text || mention.surface || mention.mention;
  if (surface && (typeof start !== "number" || text.slice(start, end) !== surface)) {
    start = text.indexOf(surface);
    end = start >= 0 ? start + surface.length : undefined;
  }
  if (typeof start !== "number" || typeof end !== "number" || start < 0 || end <= start) return null;
  return [start, end];
}

function entityOfMention(mention) {
  const entity = mention.entity || mention.match || mention.hit || (Array.isArray(mention.candidates) ? mention.candidates[0] : null) || mention;
  return { id: entity.id || mention.entity_id || mention.id, caption: entity.caption || entity.name || mention.caption || mention.text, score: entity.score ?? mention.score };
}

async function runScan(event) {
  event.preventDefault();
  const text = $("#scan-text").value;
  const status = $("#scan-status");
  if (!text.trim()) { status.textContent = "Paste some text first."; return; }
  status.textContent = "Scanning…";
  try {
    const result = await api("/scan", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
    const source = typeof result.text === "string" ? result.text : text;
    const spans = [];
    for (const mention of mentionsOf(result)) {
      if ("entity" in mention && !mention.entity) continue;
      const span = spanOf(mention, source);
      if (span) spans.push({ span, entity: entityOfMention(mention) });
    }
    spans.sort((a, b) => a.span[0] - b.span[0]);
    const parts = [];
    let at = 0;
    for (const { span, entity } of spans) {
      if (span[0] < at) continue;
      parts.push(source.slice(at, span[0]));
      const link = el("a", { href: entity.id ? "#/entity/" + encodeURIComponent(entity.id) : "#/scan", title: `${entity.caption || ""} ${entity.score !== undefined ? "(" + scoreText(entity.score) + ")" : ""}` }, source.slice(span[0], span[1]));
      parts.push(el("mark", { "data-entity": entity.id || "" }, link));
      at = span[1];
    }
    parts.push(source.slice(at));
    $("#scan-output").replaceChildren(...parts);
    $("#scan-mentions").replaceChildren(...spans.map(({ entity }) => el("li", { class: "result" }, el("a", { href: "#/entity/" + encodeURIComponent(entity.id || "") }, entity.caption || entity.id || "?"), entity.score !== undefined ? ` · score ${scoreText(entity.score)}` : "")));
    status.textContent = spans.length ? `${spans.length} mention${spans.length === 1 ? "" : "s"} of listed entities.` : "No listed entity is mentioned.";
  } catch (error) {
    status.textContent = error.status === 404 ? "Document scanning is not available on this server." : "Scan failed: " + error.message;
  }
}

// -- dashboard -----------------------------------------------------------------------------

function pairsOf(data) {
  // (label, count) pairs from a statistics answer: a list of rows or a map of counts.
  const lists = [];
  const walk = (value, depth) => {
    if (depth > 3 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) { lists.push(value); return; }
    const entries = Object.entries(value);
    if (entries.length && entries.every(([, v]) => typeof v === "number")) { lists.push(entries.map(([k, v]) => ({ label: k, count: v }))); return; }
    for (const [, v] of entries) walk(v, depth + 1);
  };
  walk(data, 0);
  for (const list of lists) {
    const pairs = list.filter((row) => row && typeof row === "object").map((row) => {
      const label = Object.values(row).find((v) => typeof v === "string");
      const count = row.count ?? row.designations ?? row.value ?? Object.values(row).find((v) => typeof v === "number");
      return [label, count];
    }).filter(([l, c]) => l !== undefined && typeof c === "number");
    if (pairs.length) return pairs;
  }
  return [];
}

function barChart(pairs, horizontal) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  const max = Math.max(1, ...pairs.map(([, c]) => c));
  const node = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    svg.append(n);
    return n;
  };
  if (horizontal) {
    const rows = pairs.slice(0, 25);
    const height = rows.length * 22 + 10;
    svg.setAttribute("viewBox", `0 0 800 ${height}`);
    rows.forEach(([label, count], i) => {
      const width = (count / max) * 560;
      node("text", { x: 0, y: i * 22 + 20 }, label);
      node("rect", { x: 180, y: i * 22 + 8, width: Math.max(1, width), height: 16 }).append(Object.assign(document.createElementNS(NS, "title"), { textContent: `${label}: ${count}` }));
      node("text", { x: 186 + width, y: i * 22 + 20 }, String(count));
    });
  } else {
    const n = pairs.length;
    const step = 760 / Math.max(1, n);
    svg.setAttribute("viewBox", "0 0 800 260");
    pairs.forEach(([label, count], i) => {
      const h = (count / max) * 200;
      node("rect", { x: 30 + i * step, y: 220 - h, width: Math.max(1, step - 2), height: Math.max(1, h) }).append(Object.assign(document.createElementNS(NS, "title"), { textContent: `${label}: ${count}` }));
      if (n <= 24 || i % Math.ceil(n / 24) === 0) node("text", { x: 30 + i * step, y: 240 }, label);
    });
    node("text", { x: 0, y: 14 }, String(max));
  }
  return svg;
}

async function showDashboard() {
  const status = $("#dashboard-status");
  status.textContent = "Loading…";
  try {
    const [time, country] = await Promise.all([api("/stats?by=month"), api("/stats?by=country")]);
    const timePairs = pairsOf(time);
    const countryPairs = pairsOf(country).sort((a, b) => b[1] - a[1]);
    $("#chart-time").replaceChildren(timePairs.length ? barChart(timePairs, false) : el("p", { class: "meta" }, "No dated designations."));
    $("#chart-country").replaceChildren(countryPairs.length ? barChart(countryPairs, true) : el("p", { class: "meta" }, "No countries."));
    status.textContent = "";
  } catch (error) {
    status.textContent = error.status === 404 ? "Statistics are not available on this server." : "Could not load statistics: " + error.message;
  }
}

// -- routing ---------------------------------------------------------------------------------

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [, view, rest] = hash.match(/^\/([^/]*)\/?(.*)$/) || [null, "", ""];
  const name = { "": "search", entity: "entity", scan: "scan", dashboard: "dashboard" }[view] || "search";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== "view-" + name;
  for (const link of document.querySelectorAll("[data-nav]")) link.classList.toggle("active", link.dataset.nav === name);
  if (name === "entity") showEntity(decodeURIComponent(rest));
  if (name === "dashboard") showDashboard();
  if (name === "search") runSearch();
}

function start() {
  const key = $("#api-key");
  key.value = localStorage.getItem("saring-api-key") || "";
  key.addEventListener("change", () => { localStorage.setItem("saring-api-key", key.value.trim()); });
  $("#q").addEventListener("input", scheduleSearch);
  $("#schema").addEventListener("change", runSearch);
  $("#search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch(); });
  $("#scan-form").addEventListener("submit", runScan);
  window.addEventListener("hashchange", route);
  route();
}

document.addEventListener("DOMContentLoaded", start);
