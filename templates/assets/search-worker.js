/*
 * The Web Worker (a module worker) of the /search/ page: it opens the sharded index and answers the page's
 * messages, so that fetching and scoring never block typing. Without Worker, search.js imports this module and
 * calls createSession() itself; the messages are the same.
 *
 * In:  {type: "init", engine, stemmer, fuzzy, manifest} (absolute URLs)
 *      {type: "search", id, q}  ·  {type: "cards", id, run: <id of a search>, docs: [document numbers]}
 * Out: {type: "ready", facets} | {type: "error", message}
 *      {type: "results", id, q, words, fuzzy, results: [{doc, score, facets: [[value indexes] per facet]}]}
 *      {type: "cards", id, cards: [{doc, card, marked: [lowercase words of the card to highlight]}]}
 */
const load = async (url, kind) => {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return kind === "json" ? response.json() : new Uint8Array(await response.arrayBuffer());
};

// The words of a card's title, summary and headings whose lunr stem is one of the matched index terms.
function markedWords(card, matched, stem) {
  const marked = new Set();
  const texts = [card.title, card.summary, ...(card.sections ?? []).map((s) => s[0])];
  for (const text of texts) {
    for (const [word] of String(text ?? "").matchAll(/[\p{L}\p{N}_']+/gu)) {
      const lower = word.toLowerCase();
      const trimmed = lower.replace(/^\W+/, "").replace(/\W+$/, "");
      if (matched.has(lower) || (trimmed !== "" && matched.has(stem(trimmed)))) marked.add(lower);
    }
  }
  return [...marked];
}

/** The handlers of one page's messages, each returning its answer. */
export function createSession() {
  const runs = new Map();
  let engine = null;
  let stemmer = null;

  async function init(data) {
    const [{ openIndex }, { stem }, { fuzzyMatcher }] = await Promise.all([import(data.engine), import(data.stemmer), import(data.fuzzy)]);
    engine = await openIndex(data.manifest, { load, stem, fuzzyMatcher });
    stemmer = stem;
    return { type: "ready", facets: engine.manifest.facets };
  }

  async function search(data) {
    const out = await engine.search(data.q);
    const facets = await engine.facets(out.results.map((r) => r.doc));
    runs.set(data.id, out);
    for (const id of runs.keys()) if (runs.size > 4) runs.delete(id);
    const results = out.results.map((r, i) => ({ doc: r.doc, score: r.score, facets: facets[i] }));
    return { type: "results", id: data.id, q: data.q, words: out.words, fuzzy: out.fuzzy, results };
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
      self.postMessage(await handler(data));
    } catch (e) {
      self.postMessage({ type: "error", id: data.id, message: String(e?.message ?? e) });
    }
  };
}
