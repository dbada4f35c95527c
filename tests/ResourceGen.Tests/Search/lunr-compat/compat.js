// node compat.js spec.json candidate.json
// Exit 0 when the candidate index (written by ResourceGen's LunrIndexBuilder) is the index lunr 2.3.9 builds from the
// same spec: byte-identical JSON, the same structure, and the same results for every query of the spec.
// spec.json: { ref, fields: [{name, boost}], documents: [...], docBoosts: {ref: boost}, queries: [...], language }
// language: "en" (lunr's default pipeline, also when absent) or a lunr-languages plugin such as "es" (lunr.es).
// Prints one JSON report; on failure it lists up to 50 problems.
'use strict';
const fs = require('fs'), assert = require('assert'), lunr = require('lunr');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const candText = fs.readFileSync(process.argv[3], 'utf8');
const problems = [];
const note = (kind, detail) => { if (problems.length < 50) problems.push({ kind, ...detail }); };
const own = (o, k) => o != null && Object.prototype.hasOwnProperty.call(o, k);
const refField = spec.ref || 'id';
const language = spec.language || 'en';
if (language !== 'en') {
  require('lunr-languages/lunr.stemmer.support')(lunr);
  require(`lunr-languages/lunr.${language}`)(lunr);
}

// 1. The reference index, built natively by lunr from the same spec.
const started = Date.now();
const ref = lunr(function () {
  if (language !== 'en') this.use(lunr[language]);
  this.ref(refField);
  for (const f of spec.fields) this.field(f.name, f.boost ? { boost: f.boost } : undefined);
  for (const d of spec.documents) {
    const r = d[refField];
    // own(): a ref such as "constructor" must not pick up Object.prototype.constructor as its boost.
    this.add(d, own(spec.docBoosts, r) ? { boost: spec.docBoosts[r] } : undefined);
  }
});
const refText = JSON.stringify(ref);
const refRaw = JSON.parse(refText);
const buildMs = Date.now() - started;

// 2. Byte equality of the serialized JSON (key order, number format and string escaping included).
if (candText !== refText) {
  let i = 0;
  while (i < candText.length && i < refText.length && candText[i] === refText[i]) i++;
  note('bytes', { offset: i, expected: refText.slice(Math.max(0, i - 80), i + 80), actual: candText.slice(Math.max(0, i - 80), i + 80) });
}

// 3. Structural comparison, which names the first differences when the bytes differ.
let candRaw;
try { candRaw = JSON.parse(candText); } catch (e) { note('parse', { error: String(e.message) }); }
if (candRaw) {
  for (const k of ['version', 'fields', 'pipeline'])
    try { assert.deepStrictEqual(candRaw[k], refRaw[k]); } catch { note('header', { key: k, expected: refRaw[k], actual: candRaw[k] }); }
  const rTerms = refRaw.invertedIndex.map(t => t[0]), cTerms = candRaw.invertedIndex.map(t => t[0]);
  try { assert.deepStrictEqual(cTerms, rTerms); } catch {
    const rs = new Set(rTerms), cs = new Set(cTerms);
    note('terms', { missing: rTerms.filter(t => !cs.has(t)).slice(0, 20), extra: cTerms.filter(t => !rs.has(t)).slice(0, 20) });
  }
  const cPost = new Map(candRaw.invertedIndex);
  for (const [term, rp] of refRaw.invertedIndex) {
    const cp = cPost.get(term); if (!cp) continue;
    if (cp._index !== rp._index) note('termIndex', { term, expected: rp._index, actual: cp._index });
    for (const f of refRaw.fields)
      try { assert.deepStrictEqual(Object.keys(cp[f] || {}), Object.keys(rp[f] || {})); } catch { note('posting', { term, field: f, expected: rp[f], actual: cp[f] }); }
  }
  const cVec = new Map(candRaw.fieldVectors);
  if (candRaw.fieldVectors.length !== refRaw.fieldVectors.length) note('fieldVectorCount', { expected: refRaw.fieldVectors.length, actual: candRaw.fieldVectors.length });
  for (const [fr, els] of refRaw.fieldVectors) {
    const c = cVec.get(fr);
    if (!c) { note('fieldVectorMissing', { fieldRef: fr }); continue; }
    try { assert.deepStrictEqual(c, els); } catch { note('fieldVector', { fieldRef: fr, expected: els, actual: c }); }
  }
}

// 4. Behaviour: both indexes loaded the way the browser loads them, then searched.
let cand;
if (candRaw) try { cand = lunr.Index.load(candRaw); } catch (e) { note('load', { error: String(e && e.message || e) }); }
const refLoaded = lunr.Index.load(refRaw);
const run = (idx, q) => {
  try { return idx.search(q).map(r => ({ ref: r.ref, score: r.score, md: r.matchData.metadata })); }
  catch (e) { return { error: (e && e.name) + ': ' + (e && e.message || String(e)) }; }
};
const queries = spec.queries || [];
let matched = 0;
if (cand) for (const q of queries) {
  const a = run(refLoaded, q), b = run(cand, q);
  if (a.error || b.error) { if (a.error !== b.error) note('queryError', { q, expected: a.error, actual: b.error }); continue; }
  if (a.length > 0) matched++;
  const same = a.length === b.length && a.every((r, i) => r.ref === b[i].ref && Math.abs(r.score - b[i].score) <= 1e-6);
  if (!same) note('results', { q, expected: a.slice(0, 10).map(r => [r.ref, r.score]), actual: b.slice(0, 10).map(r => [r.ref, r.score]) });
  else try { assert.deepStrictEqual(b.map(r => r.md), a.map(r => r.md)); } catch { note('matchData', { q }); }
}

console.log(JSON.stringify({
  ok: problems.length === 0, documents: spec.documents.length, terms: refRaw.invertedIndex.length, bytes: refText.length,
  queries: queries.length, queriesWithResults: matched, lunrBuildMs: buildMs, problems,
}, null, 1));
process.exit(problems.length === 0 ? 0 : 1);
