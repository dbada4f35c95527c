// node sharded-compare.mjs <assets folder> <lunr index.json> <sharded folder (holds manifest.json)> <queries.json>
// Runs every query through lunr 2.3.9 over the whole index (with the search page's former query builder, kept
// here as the reference) and through the sharded engine; prints each difference as a JSON line and exits 1 if any.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [assets, indexPath, shardFolder, queriesPath] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const lunr = require("lunr");
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, "utf8")));
const queries = JSON.parse(fs.readFileSync(queriesPath, "utf8"));

// The asset files are ES modules without a package.json saying so: load them as .mjs copies.
const copies = fs.mkdtempSync(path.join(path.dirname(indexPath), "modules-"));
const load = async (name) => {
  const copy = path.join(copies, name.replace(/\.js$/, ".mjs"));
  fs.copyFileSync(path.join(assets, name), copy);
  return import(pathToFileURL(copy).href);
};
const [{ openIndex }, { stem }, { fuzzyMatcher }] = await Promise.all(
  ["search-engine.js", "search-stemmer.js", "search-fuzzy.js"].map(load));

function referenceTerms(text) {
  const words = String(text ?? "").toLowerCase().split(/[\s\-\u2010-\u2015]+/);
  const terms = [];
  for (const raw of words) {
    const word = raw.replace(/[^\p{L}\p{N}]+/gu, "");
    if (word === "" || terms.includes(word)) continue;
    if (lunr.stopWordFilter(new lunr.Token(word, {})) === undefined) continue;
    terms.push(word);
  }
  return terms.slice(0, 12);
}

function referenceQuery(terms, distance) {
  return idx.query((q) => {
    for (const term of terms) {
      q.term(term, { boost: 10, usePipeline: true });
      q.term(term, { boost: 1, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      if (term.length >= 5) q.term(term, { boost: 0.5, usePipeline: true, editDistance: distance });
    }
  });
}

function reference(text) {
  const terms = referenceTerms(text);
  if (terms.length === 0) return { fuzzy: false, results: [] };
  let results = referenceQuery(terms, 1);
  let fuzzy = false;
  if (results.length === 0 && terms.some((t) => t.length >= 5)) {
    results = referenceQuery(terms, 2);
    fuzzy = results.length > 0;
  } else if (results.length > 0) {
    const stems = terms.map((t) => lunr.stemmer(new lunr.Token(t, {})).toString());
    fuzzy = !results.some((r) => Object.keys(r.matchData.metadata).some((m) => terms.some((t, i) => m === stems[i] || m.startsWith(t))));
  }
  return { fuzzy, results: results.map((r) => ({ ref: r.ref, score: r.score })) };
}

const readFile = async (url, kind) => {
  const bytes = fs.readFileSync(new URL(url));
  return kind === "json" ? JSON.parse(bytes.toString("utf8")) : new Uint8Array(bytes);
};
const engine = await openIndex(pathToFileURL(path.join(shardFolder, "manifest.json")).href, { load: readFile, stem, fuzzyMatcher });
const docRefs = JSON.parse(fs.readFileSync(path.join(path.dirname(indexPath), "refs.json"), "utf8"));

// Scores closer than this are ties: lunr adds field scores in its own order, which can move the last bit.
const TIE = 1e-9;
const groups = (list) => {
  const out = [];
  for (const r of list) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.score - r.score) <= TIE) last.refs.push(r.ref);
    else out.push({ score: r.score, refs: [r.ref] });
  }
  return out.map((g) => ({ score: g.score, refs: g.refs.sort() }));
};

let problems = 0;
let matched = 0;
for (const q of queries) {
  const want = reference(q);
  const got = await engine.search(q);
  const gotResults = got.results.map((r) => ({ ref: docRefs[r.doc], score: r.score }));
  if (want.results.length > 0) matched++;
  const a = groups(want.results), b = groups(gotResults);
  const same = want.fuzzy === got.fuzzy && a.length === b.length &&
    a.every((g, i) => Math.abs(g.score - b[i].score) <= TIE && g.refs.join("\n") === b[i].refs.join("\n"));
  if (!same) {
    problems++;
    if (problems <= 20) console.log(JSON.stringify({ query: q, lunr: { fuzzy: want.fuzzy, top: want.results.slice(0, 5), count: want.results.length },
      sharded: { fuzzy: got.fuzzy, top: gotResults.slice(0, 5), count: gotResults.length } }));
  }
}
fs.rmSync(copies, { recursive: true, force: true });
console.log(JSON.stringify({ queries: queries.length, withResults: matched, problems }));
process.exit(problems === 0 ? 0 : 1);
