/*
 * The search engine of the /search/ page over the sharded index (search/manifest.json and the files it names; the
 * README's "Search index format" documents them). It ranks exactly as lunr 2.3.9 ranks these clauses over the
 * whole index, but fetches only the dictionary slices, edit-distance shards and postings a query needs.
 * A plain ES module without DOM access or imports (asset names carry hashes, so the caller passes in the index
 * language's stemmer module and the edit matcher): it runs in the Web Worker, on the main thread, and in node (the tests).
 */

const MAX_WORDS = 12;
const EXACT_BOOST = 10;
const PREFIX_BOOST = 1;
const FUZZY_BOOST = 0.5;
const FUZZY_MIN_LENGTH = 5;
// The build files terms of up to 32 code units for similar words; two edits reach 34.
const FUZZY_MAX_LENGTH = 34;

/**
 * The words a query searches for: lowercase letters and digits, no lunr syntax, none of `stopWords` (the index
 * language's, which the index left out), at most 12.
 */
export function queryWords(text, stopWords) {
  const words = [];
  for (const part of String(text ?? "").toLowerCase().split(/[\s\-\u2010-\u2015]+/)) {
    const word = part.replace(/[^\p{L}\p{N}]+/gu, "");
    if (word === "" || stopWords.has(word) || words.includes(word)) continue;
    words.push(word);
  }
  return words.slice(0, MAX_WORDS);
}

/** 32-bit FNV-1a over UTF-16 code units, as the build's DeletionNeighbourhood.Hash. */
export function keyHash(key) {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

/** The distinct strings `word` gives with up to `deletions` code units deleted, itself included. */
export function deletionKeys(word, deletions) {
  const keys = new Set([word]);
  let level = [word];
  for (let d = 0; d < deletions; d++) {
    const next = new Set();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    level = [...next];
    level.forEach((k) => keys.add(k));
  }
  return [...keys];
}

function readVarint(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at.offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** A postings record: for each field, the document numbers (ascending) and their weights for the term. */
export function decodePostings(bytes, fieldCount) {
  const at = { offset: 0 };
  const fields = [];
  for (let f = 0; f < fieldCount; f++) {
    const count = readVarint(bytes, at);
    const docs = new Uint32Array(count);
    let doc = 0;
    for (let i = 0; i < count; i++) docs[i] = doc += readVarint(bytes, at);
    const weights = new Float64Array(count);
    for (let i = 0; i < count; i++) weights[i] = readVarint(bytes, at) / 1000;
    fields.push({ docs, weights });
  }
  return fields;
}

function contains(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Opens the index whose manifest is at `manifestUrl`. `load(url, kind)` fetches a file as "json" or "bytes"
 * (a Uint8Array); `stemmer` is the module of the index's language (search-stemmer.js for English, search-stemmer-es.js,
 * search-words.js): its `stopWords` are left out of queries and `queryTerm(word)`, lunr's search pipeline, gives the
 * term a word is looked up as exactly and at an edit distance. `fuzzyMatcher` is lunr's edit matching (search-fuzzy.js).
 */
export async function openIndex(manifestUrl, { load, stemmer, fuzzyMatcher }) {
  const { queryTerm, stopWords } = stemmer;
  const manifest = await load(manifestUrl, "json");
  const base = new URL(".", manifestUrl).href;
  const files = new Map();
  const fetchFile = (path, kind) => {
    if (!files.has(path)) files.set(path, load(base + path, kind));
    return files.get(path);
  };
  const fieldCount = manifest.fields.length;
  const slices = manifest.dictionary;

  // Dictionary slices whose range can hold terms that start with `prefix` (every term is >= its slice's first term
  // and < the next slice's first term).
  function slicesFor(prefix) {
    const chosen = [];
    for (let i = 0; i < slices.length; i++) {
      const next = slices[i + 1];
      if (next && next[0] <= prefix) continue;
      const first = slices[i][0];
      if (first > prefix && !first.startsWith(prefix)) break;
      chosen.push(slices[i][1]);
    }
    return chosen;
  }

  // The slice that holds `term` if the index has it: the first of slicesFor(term).
  const sliceOf = (term) => slicesFor(term).slice(0, 1);

  async function entries(paths) {
    const lists = await Promise.all(paths.map((p) => fetchFile(p, "json")));
    return lists.flat();
  }

  // Shard s of edit-distance set n is f{n}/{s}.{hash}.json; the manifest joins the sets' 8-character hashes.
  const shardPath = (set, hashes, hash) => {
    const shard = hash % (hashes.length / 8);
    return `f${set}/${shard}.${hashes.slice(shard * 8, shard * 8 + 8)}.json`;
  };

  function fuzzyShards(term, distance) {
    const paths = new Set();
    for (const key of deletionKeys(term, distance)) {
      const hash = keyHash(key);
      paths.add(shardPath(1, manifest.fuzzy1, hash));
      if (distance === 2) paths.add(shardPath(2, manifest.fuzzy2, hash));
    }
    return [...paths];
  }

  async function postings(entry) {
    const pack = await fetchFile(entry[2], "bytes");
    return decodePostings(pack.subarray(entry[3], entry[3] + entry[4]), fieldCount);
  }

  // The clauses lunr's query builder gives each word, each with the index terms it expands to.
  async function expand(words, distance) {
    return Promise.all(words.map(async (word) => {
      const stemmed = queryTerm(word);
      const fuzzy = word.length >= FUZZY_MIN_LENGTH && stemmed.length <= FUZZY_MAX_LENGTH;
      // lunr never matches the empty term (tokens the trimmer emptied: its TokenSet.intersect never yields the
      // root), which a trimming language's query word can also become.
      const [exactList, prefixList, candidates] = await Promise.all([
        stemmed === "" ? [] : entries(sliceOf(stemmed)),
        entries(slicesFor(word)),
        fuzzy ? entries(fuzzyShards(stemmed, distance)) : [],
      ]);
      const matches = fuzzy ? fuzzyMatcher(stemmed, distance) : null;
      const near = new Set(fuzzy ? candidates.filter((t) => t !== "" && matches(t)) : []);
      const fuzzyList = near.size ? await entries([...new Set([...near].flatMap(sliceOf))]) : [];
      const unique = (list, keep) => [...new Map(list.filter((e) => keep(e[0])).map((e) => [e[0], e])).values()];
      const clauses = [
        { boost: EXACT_BOOST, direct: true, terms: unique(exactList, (t) => t === stemmed) },
        { boost: PREFIX_BOOST, direct: true, terms: unique(prefixList, (t) => t.startsWith(word)) },
      ];
      if (fuzzy) clauses.push({ boost: FUZZY_BOOST, direct: false, terms: unique(fuzzyList, (t) => near.has(t)) });
      return clauses;
    }));
  }

  // One run of the query at edit distance `distance`: lunr's Index.query for these clauses.
  async function run(words, distance) {
    const clauses = (await expand(words, distance)).flat();
    const queryVector = new Map();
    const matched = new Map();
    let direct = false;
    for (const clause of clauses) {
      for (const entry of clause.terms) {
        queryVector.set(entry[1], (queryVector.get(entry[1]) ?? 0) + clause.boost);
        matched.set(entry[1], entry);
        direct ||= clause.direct;
      }
    }
    // Ascending _index, the order in which lunr's Vector.dot and magnitude add their terms.
    const terms = [...matched.values()].sort((a, b) => a[1] - b[1]);
    let sumOfSquares = 0;
    for (const entry of terms) sumOfSquares += queryVector.get(entry[1]) ** 2;
    const magnitude = Math.sqrt(sumOfSquares);
    const termPostings = await Promise.all(terms.map(postings));

    const documents = manifest.documents;
    const dots = Array.from({ length: fieldCount }, () => new Float64Array(documents));
    const hit = new Uint8Array(documents);
    terms.forEach((entry, t) => {
      const boost = queryVector.get(entry[1]);
      termPostings[t].forEach(({ docs, weights }, f) => {
        const dot = dots[f];
        for (let i = 0; i < docs.length; i++) {
          dot[docs[i]] += boost * weights[i];
          hit[docs[i]] |= 1 << f;
        }
      });
    });
    const results = [];
    for (let doc = 0; doc < documents; doc++) {
      if (hit[doc] === 0) continue;
      let score = 0;
      for (let f = 0; f < fieldCount; f++) if (hit[doc] & (1 << f)) score += dots[f][doc] / magnitude || 0;
      results.push({ doc, score });
    }
    results.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const matchedTerms = (doc) => terms
      .filter((_, t) => termPostings[t].some(({ docs }) => contains(docs, doc)))
      .map((entry) => entry[0]);
    return { results, direct, matchedTerms };
  }

  /**
   * Runs a query as the page always has: each word exact ×10, as a prefix ×1 and, from 5 letters, at edit distance
   * 1 ×0.5; edit distance 2 when nothing matched. `fuzzy` is true when only similar words matched.
   */
  async function search(text) {
    const words = queryWords(text, stopWords);
    if (words.length === 0) return { words, fuzzy: false, results: [], matchedTerms: () => [] };
    let out = await run(words, 1);
    let fuzzy = out.results.length > 0 && !out.direct;
    if (out.results.length === 0 && words.some((w) => w.length >= FUZZY_MIN_LENGTH)) {
      out = await run(words, 2);
      fuzzy = out.results.length > 0;
    }
    return { words, fuzzy, results: out.results, matchedTerms: out.matchedTerms };
  }

  const perTable = manifest.documentsPerTable;
  const table = (number) => fetchFile(manifest.tables[number], "bytes");
  const tableSize = (number) => Math.min(manifest.documents, (number + 1) * perTable) - number * perTable;

  const widths = manifest.facets.map((g) => Math.ceil(g.values.length / 8));
  const rowSize = widths.reduce((a, b) => a + b, 0);

  /**
   * The facet bitmasks of `docs`, row by row: `rowSize` bytes per document, each facet's bytes in manifest order
   * (bit v of byte v/8 of a facet's bytes set when the document has the facet's value v).
   */
  async function facetRows(docs) {
    const needed = [...new Set(Array.from(docs, (d) => Math.floor(d / perTable)))];
    const tables = new Map(await Promise.all(needed.map(async (n) => [n, await table(n)])));
    const rows = new Uint8Array(docs.length * rowSize);
    docs.forEach((doc, i) => {
      const number = Math.floor(doc / perTable);
      const bytes = tables.get(number);
      const size = tableSize(number);
      // Tables store byte c of every row together: byte c of row r is at c * rows + r.
      for (let c = 0; c < rowSize; c++) rows[i * rowSize + c] = bytes[c * size + doc - number * perTable];
    });
    return { rowSize, widths, rows };
  }

  /** The result cards of `docs` (url, title, type, summary, tags, date, sections). */
  async function cards(docs) {
    const perBucket = manifest.cardsPerBucket;
    return Promise.all(docs.map(async (doc) => {
      const number = Math.floor(doc / perTable);
      const bucket = Math.floor(doc / perBucket);
      const list = await fetchFile(`c/${bucket}.${manifest.cards.slice(number * 8, number * 8 + 8)}.json`, "json");
      return list[doc - bucket * perBucket];
    }));
  }

  return { manifest, search, facetRows, cards };
}
