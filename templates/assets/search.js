/*
 * The /search/ page: results as you type, facets, highlighting, section links and keyboard support. Queries run
 * in a Web Worker (search-worker.js) over the sharded index; without Worker the same session runs here. Only
 * the shown results' cards are fetched; "Show more results" fetches the next ones.
 */
const root = document.getElementById("search");
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const note = document.getElementById("search-note");
const list = document.getElementById("search-results");
const facetsBox = document.getElementById("search-facets");
const more = document.getElementById("search-more");
const PAGE_SIZE = 10;

const absolute = (url) => new URL(url, document.baseURI).href;
const urls = Object.fromEntries(["engine", "stemmer", "fuzzy", "worker", "render", "manifest"].map((k) => [k, absolute(root.dataset[k])]));

const tags = new Map();
for (const el of document.getElementById("search-tag-names")?.content.querySelectorAll("[data-slug]") ?? [])
  tags.set(el.dataset.slug, { name: el.textContent, url: el.dataset.url });

// The theme's words in the page's language, which search.html writes into #search-texts.
const texts = (() => {
  const template = document.getElementById("search-texts")?.content;
  const byKey = new Map([...template?.querySelectorAll("[data-key]") ?? []].map((el) => [el.dataset.key, el.textContent]));
  const types = new Map([...template?.querySelectorAll("[data-type]") ?? []].map((el) => [el.dataset.type, el.textContent]));
  const text = (key, ...args) => (byKey.get(key) ?? key).replace(/\{(\d)\}/g, (whole, i) => String(args[Number(i)] ?? whole));
  const date = (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
    return m ? text("date", Number(m[3]), text(`month_${Number(m[2])}`), m[1]) : "";
  };
  return { text, date, type: (name) => types.get(name) ?? name };
})();

const state = { client: null, view: null, failed: false, facets: [], last: null, limit: PAGE_SIZE, seq: 0, renders: 0 };
const selected = { type: new Set(), audience: new Set(), tag: new Set() };

const setStatus = (text) => { if (status.textContent !== text) status.textContent = text; };

// ---------- The search session: in a worker, or here ----------

function workerClient() {
  return new Promise((resolve, reject) => {
    if (typeof Worker === "undefined") { reject(new Error("no Worker")); return; }
    const worker = new Worker(urls.worker, { type: "module" });
    const pending = new Map();
    let nextId = 0;
    const ask = (message) => new Promise((done, fail) => {
      const id = ++nextId;
      pending.set(id, { done, fail });
      worker.postMessage({ ...message, id });
    });
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") resolve({ kind: "worker", facets: data.facets, ask });
      else if (pending.has(data.id)) {
        const { done, fail } = pending.get(data.id);
        pending.delete(data.id);
        if (data.type === "error") fail(new Error(data.message));
        else done(data);
      } else if (data.type === "error") { worker.terminate(); reject(new Error(data.message)); }
    };
    worker.onerror = (event) => { event.preventDefault?.(); worker.terminate(); reject(new Error("worker failed")); };
    worker.postMessage({ type: "init", ...urls });
  });
}

async function mainThreadClient() {
  const { createSession } = await import(urls.worker);
  const session = createSession();
  const ready = await session.init(urls);
  let nextId = 0;
  return { kind: "main", facets: ready.facets, ask: (message) => session[message.type]({ ...message, id: ++nextId }) };
}

async function start() {
  try {
    const [client, view] = await Promise.all([workerClient().catch(mainThreadClient), import(urls.render)]);
    state.client = client;
    state.view = view;
    state.facets = client.facets;
    root.dataset.engine = client.kind;
    runSearch(input.value);
  } catch {
    state.failed = true;
    setStatus(texts.text("search_unavailable"));
  }
}

// ---------- Searching ----------

async function runSearch(q) {
  if (!state.client) {
    if (!state.failed && q.trim() !== "") setStatus(texts.text("search_loading"));
    return;
  }
  const id = ++state.seq;
  try {
    const out = await state.client.ask({ type: "search", q, prefetch: PAGE_SIZE });
    if (id !== state.seq) return; // a newer query is on its way
    out.offsets = out.widths.map((_, g) => out.widths.slice(0, g).reduce((a, b) => a + b, 0));
    state.last = out;
    state.limit = PAGE_SIZE;
    pruneSelection();
    await render();
  } catch {
    if (id === state.seq) setStatus(texts.text("search_failed"));
  }
}

let timer = 0;
const scheduleSearch = () => {
  clearTimeout(timer);
  timer = setTimeout(() => runSearch(input.value), 150);
};

function updateAddress(q) {
  const url = new URL(window.location.href);
  if (q.trim() === "") url.searchParams.delete("q");
  else url.searchParams.set("q", q);
  if (url.href !== window.location.href) history.replaceState(history.state, "", url.href);
}

// ---------- Facets ----------

const GROUPS = [
  { key: "type", legend: texts.text("facet_type"), label: (v) => texts.type(v) },
  { key: "audience", legend: texts.text("for"), label: (v) => state.view.capitalize(v) },
  { key: "tag", legend: texts.text("topic"), label: (v) => tags.get(v)?.name ?? String(v).replace(/-/g, " ") },
];

// Whether result i has value v of facet g, read from the result's facet bitmasks.
const has = (i, g, v) => {
  const last = state.last;
  return (last.rows[i * last.rowSize + last.offsets[g] + (v >> 3)] & (1 << (v & 7))) !== 0;
};
const facetIndex = (group) => state.facets.findIndex((f) => f.name === group.key);
const valueIndex = (g, value) => state.facets[g].values.indexOf(value);

function matchesGroup(i, group) {
  if (selected[group.key].size === 0) return true;
  const g = facetIndex(group);
  return [...selected[group.key]].some((value) => has(i, g, valueIndex(g, value)));
}

// Indexes of the results that pass every group's filter except (optionally) one group's.
function filtered(except) {
  const keep = [];
  for (let i = 0; i < state.last.docs.length; i++) if (GROUPS.every((g) => g === except || matchesGroup(i, g))) keep.push(i);
  return keep;
}

// How many of the results `indexes` have each value of facet g.
function countValues(indexes, g) {
  const counts = new Map();
  const { values } = state.facets[g];
  for (const i of indexes) {
    for (let v = 0; v < values.length; v++) if (has(i, g, v)) counts.set(values[v], (counts.get(values[v]) ?? 0) + 1);
  }
  return counts;
}

function pruneSelection() {
  const all = [...state.last.docs.keys()];
  for (const group of GROUPS) {
    const present = countValues(all, facetIndex(group));
    for (const v of selected[group.key]) if (!present.has(v)) selected[group.key].delete(v);
  }
}

function renderFacets() {
  facetsBox.replaceChildren();
  if (!state.last || state.last.docs.length === 0) { facetsBox.hidden = true; return; }
  facetsBox.append(Object.assign(document.createElement("h2"), { className: "search-facets__title", textContent: texts.text("narrow_results") }));
  for (const group of GROUPS) {
    const g = facetIndex(group);
    if (g < 0) continue;
    const counts = countValues(filtered(group), g);
    for (const v of selected[group.key]) if (!counts.has(v)) counts.set(v, 0);
    const values = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || group.label(a).localeCompare(group.label(b)));
    if (values.length === 0) continue;
    facetsBox.append(state.view.facetFieldset(group, values, counts, selected[group.key], (value, checked, boxId) => {
      if (checked) selected[group.key].add(value);
      else selected[group.key].delete(value);
      state.limit = PAGE_SIZE;
      render(boxId);
    }));
  }
  facetsBox.hidden = false;
}

// ---------- Results ----------

async function render(focusId) {
  const renderId = ++state.renders;
  const last = state.last;
  note.hidden = true;
  note.textContent = "";
  if (!last || last.words.length === 0) {
    list.replaceChildren();
    facetsBox.replaceChildren();
    facetsBox.hidden = true;
    more.hidden = true;
    setStatus(last && last.q.trim() !== "" ? texts.text("search_more_specific") : "");
    return;
  }
  const shown = filtered(null);
  const visible = shown.slice(0, state.limit);
  const answer = visible.length ? await state.client.ask({ type: "cards", run: last.id, docs: visible.map((i) => last.docs[i]) }) : { cards: [] };
  if (renderId !== state.renders) return; // a newer render has started
  list.replaceChildren(...answer.cards.map(({ card, marked }) => {
    const words = new Set(marked);
    return state.view.resultItem(card, (word) => words.has(word.toLowerCase()), tags, texts);
  }));
  more.hidden = shown.length <= visible.length;
  renderFacets();

  const total = last.docs.length;
  const label = `“${last.q.trim()}”`;
  let text = total === 0 ? texts.text("search_none", label) : texts.text(shown.length === 1 ? "search_result_one" : "search_result_other", shown.length, label);
  if (total > 0 && shown.length !== total) text += texts.text("search_filtered", total);
  if (last.fuzzy && total > 0) {
    text += texts.text("search_similar_status");
    note.textContent = texts.text("search_similar");
    note.hidden = false;
  }
  setStatus(text);
  if (focusId) document.getElementById(focusId)?.focus();
}

// ---------- Events ----------

input.addEventListener("input", () => {
  updateAddress(input.value);
  scheduleSearch();
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  updateAddress(input.value);
  runSearch(input.value);
});

more.addEventListener("click", async () => {
  const first = list.children.length;
  state.limit += PAGE_SIZE;
  await render();
  list.children[first]?.querySelector("a")?.focus();
});

const isTyping = (target) => target?.matches?.("input, textarea, select") || target?.isContentEditable;

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (event.key === "/" && !isTyping(target)) {
    event.preventDefault();
    input.focus();
    input.select();
    return;
  }
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...list.querySelectorAll("a.search-result__link")];
  if (links.length === 0) return;
  if (target === input) {
    if (event.key === "ArrowDown") { event.preventDefault(); links[0].focus(); }
    return;
  }
  const at = links.indexOf(target);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === "ArrowDown") links[Math.min(at + 1, links.length - 1)].focus();
  else if (at === 0) input.focus();
  else links[at - 1].focus();
});

// ---------- Start ----------

const initial = new URLSearchParams(window.location.search).get("q");
if (initial) input.value = initial;
root.classList.add("search--ready");
start();
