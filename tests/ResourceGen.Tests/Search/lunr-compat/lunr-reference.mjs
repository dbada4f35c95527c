// The search page's former query builder over lunr.js and the whole index: the reference the sharded engine must match.
// Each word exact ×10, as a prefix ×1, from 5 letters at edit distance 1 ×0.5; edit distance 2 when nothing matched.
// The index's language gives the stop words left out (`stopWordFilter`) and the search pipeline (idx.pipeline:
// ["stemmer"] for English, ["trimmer-es", "stemmer-es"] for lunr.es) that lunr runs over the exact and edit terms.
function referenceTerms(lunr, text, stopWordFilter) {
  const words = String(text ?? "").toLowerCase().split(/[\s\-\u2010-\u2015]+/);
  const terms = [];
  for (const raw of words) {
    const word = raw.replace(/[^\p{L}\p{N}]+/gu, "");
    if (word === "" || terms.includes(word)) continue;
    if (stopWordFilter(new lunr.Token(word, {})) === undefined) continue;
    terms.push(word);
  }
  return terms.slice(0, 12);
}

function referenceQuery(lunr, idx, terms, distance) {
  return idx.query((q) => {
    for (const term of terms) {
      q.term(term, { boost: 10, usePipeline: true });
      q.term(term, { boost: 1, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      if (term.length >= 5) q.term(term, { boost: 0.5, usePipeline: true, editDistance: distance });
    }
  });
}

export function reference(lunr, idx, text, stopWordFilter = lunr.stopWordFilter) {
  const terms = referenceTerms(lunr, text, stopWordFilter);
  if (terms.length === 0) return { fuzzy: false, results: [] };
  let results = referenceQuery(lunr, idx, terms, 1);
  let fuzzy = false;
  if (results.length === 0 && terms.some((t) => t.length >= 5)) {
    results = referenceQuery(lunr, idx, terms, 2);
    fuzzy = results.length > 0;
  } else if (results.length > 0) {
    const stems = terms.map((t) => idx.pipeline.runString(t)[0]);
    fuzzy = !results.some((r) => Object.keys(r.matchData.metadata).some((m) => terms.some((t, i) => m === stems[i] || m.startsWith(t))));
  }
  return { fuzzy, results: results.map((r) => ({ ref: r.ref, score: r.score })) };
}
