/*
 * The Web Worker (a module worker) of the /search/ page: it opens the sharded index and answers the page's
 * messages, so that fetching and scoring never block typing. Without Worker, search.js imports this module and
 * calls createSession() itself; the messages are the same.
 *
 * In:  {type: "init", engine, stemmer, fuzzy, manifest} (absolute URLs; stemmer is the module of the index's language)
 *      {type: "search", id, q, prefetch: <cards to fetch at once>}  ·  {type: "cards", id, run: <id of a search>, docs: [document numbers]}
 * Out: {type: "ready", facets} | {type: "error", message}
 *      {type: "results", id, q, words, fuzzy, docs: Uint32Array, scores: Float64Array, rowSize, widths,
 *       rows: Uint8Array (each result's facet bitmasks, rowSize bytes a result; see search-engine.js facetRows)}
 *      {type: "cards", id, cards: [{doc, card, marked: [lowercase words of the card to highlight]}]}
 */
const load = async (url, kind) => {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return kind === "json" ? response.json() : new Uint8Array(await response.arrayBuffer());
};

// The words of a card's title, summary and headings whose term (trimmed and stemmed as the index's language does)
// is one of the matched index terms.
function markedWords(card, matched, { stem, trim }) {
  const marked = new Set();
  const texts = [card.title, card.summary, ...(card.sections ?? []).map((s) => s[0])];
  for (const text of texts) {
    for (const [word] of String(text ?? "").matchAll(/[\p{L}\p{N}_']+/gu)) {
      const lower = word.toLowerCase();
      const trimmed = trim(lower);
      if (matched.has(lower) || (trimmed !== "" && matched.has(stem(trimmed)))) marked.add(lower);
    }
  }
  return [...marked];
}

/** The handlers of one page's messages, each returning its answer. */
export function createSession() {
  const runs = new Map();
  let engine = null;
  let stemmer = null; // the module of the index's language

  async function init(data) {
    const manifest = load(data.manifest, "json"); // fetched while the modules load
    const [{ openIndex }, language, { fuzzyMatcher }] = await Promise.all([import(data.engine), import(data.stemmer), import(data.fuzzy)]);
    stemmer = language;
    engine = await openIndex(data.manifest, { load: (url, kind) => (url === data.manifest ? manifest : load(url, kind)), stemmer, fuzzyMatcher });
    return { type: "ready", facets: engine.manifest.facets };
  }

  async function search(data) {
    const out = await engine.search(data.q);
    const docs = Uint32Array.from(out.results, (r) => r.doc);
    const scores = Float64Array.from(out.results, (r) => r.score);
    // The first cards are fetched with the facet tables, so the page's request for them is answered from memory.
    const [{ rowSize, widths, rows }] = await Promise.all([engine.facetRows(docs), engine.cards([...docs.subarray(0, data.prefetch ?? 0)])]);
    runs.set(data.id, out);
    for (const id of runs.keys()) if (runs.size > 4) runs.delete(id);
    return { type: "results", id: data.id, q: data.q, words: out.words, fuzzy: out.fuzzy, docs, scores, rowSize, widths, rows };
  }

  async function cards(data) {
    const run = runs.get(data.run);
    const found = await engine.cards(data.docs);
    const answer = found.map((card, i) => ({ doc: data.docs[i], card, marked: markedWords(card, new Set(run ? run.matchedTerms(data.docs[i]) : []), stemmer) }));
    return { type: "cards", id: data.id, cards: answer };
  }

  return { init, search, cards };
}

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  const handlers = createSession();
  self.onmessage = async (event) => {
    const data = event.data ?? {};
    const handler = handlers[data.type];
    if (!handler) return;
    try {
      const answer = await handler(data);
      self.postMessage(answer, Object.values(answer).filter(ArrayBuffer.isView).map((v) => v.buffer));
    } catch (e) {
      self.postMessage({ type: "error", id: data.id, message: String(e?.message ?? e) });
    }
  };
}
