/*
 * Search core for the /search/ page. It runs in a Web Worker (loaded by search.js with absolute URLs) and,
 * when Worker is unavailable, on the main thread as a classic script that exposes window.ResourceGenSearch.
 *
 * Worker messages in:  {type: "init", lunr: <absolute URL of lunr.js>, index: <absolute URL of search-index.json>}
 *                      {type: "search", id: <number>, q: <raw user text>}
 * Worker messages out: {type: "ready"} | {type: "error", message} |
 *                      {type: "results", id, q, terms, fuzzy, results: [{ref, score, matched: [index terms]}]}
 * User text is never passed to idx.search: it is cleaned and turned into lunr Query API clauses.
 */
(function (scope) {
  "use strict";

  // Turns raw text into safe query terms: lowercase words without lunr syntax, punctuation or stop words.
  function queryTerms(lunr, text) {
    var words = String(text == null ? "" : text).toLowerCase().split(/[\s\-\u2010-\u2015]+/);
    var seen = Object.create(null);
    var terms = [];
    for (var i = 0; i < words.length; i++) {
      // Letters and digits only: drops + - : ^ ~ * quotes and every other punctuation mark.
      var word = words[i].replace(/[^\p{L}\p{N}]+/gu, "");
      if (word === "" || seen[word]) continue;
      if (lunr.stopWordFilter(new lunr.Token(word, {})) === undefined) continue;
      seen[word] = true;
      terms.push(word);
    }
    if (terms.length > 12) terms.length = 12;
    return terms;
  }

  function runQuery(idx, lunr, terms, distance) {
    return idx.query(function (q) {
      terms.forEach(function (term) {
        q.term(term, { boost: 10, usePipeline: true });
        q.term(term, { boost: 1, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        if (term.length >= 5) q.term(term, { boost: 0.5, usePipeline: true, editDistance: distance });
      });
    });
  }

  // True when at least one matched index term is the stem of a query term or starts with a query term.
  function hasDirectMatch(lunr, terms, results) {
    var stems = terms.map(function (t) { return lunr.stemmer(new lunr.Token(t, {})).toString(); });
    return results.some(function (r) {
      return Object.keys(r.matchData.metadata).some(function (m) {
        return terms.some(function (t, i) { return m === stems[i] || m.lastIndexOf(t, 0) === 0; });
      });
    });
  }

  // Runs a search and returns plain data; never throws.
  function search(idx, lunr, text) {
    var empty = { terms: [], fuzzy: false, results: [] };
    try {
      if (!idx || !lunr) return empty;
      var terms = queryTerms(lunr, text);
      if (terms.length === 0) return empty;
      var results = runQuery(idx, lunr, terms, 1);
      var fuzzy = false;
      if (results.length === 0 && terms.some(function (t) { return t.length >= 5; })) {
        results = runQuery(idx, lunr, terms, 2);
        fuzzy = results.length > 0;
      } else if (results.length > 0 && !hasDirectMatch(lunr, terms, results)) {
        fuzzy = true;
      }
      return {
        terms: terms,
        fuzzy: fuzzy,
        results: results.map(function (r) {
          return { ref: r.ref, score: r.score, matched: Object.keys(r.matchData.metadata) };
        }),
      };
    } catch (e) {
      return empty;
    }
  }

  var api = { queryTerms: queryTerms, search: search };

  var isWorker = typeof WorkerGlobalScope !== "undefined" && scope instanceof WorkerGlobalScope;
  if (!isWorker) {
    scope.ResourceGenSearch = api;
    return;
  }

  var idx = null;
  scope.onmessage = function (event) {
    var data = event.data || {};
    if (data.type === "init") {
      try {
        scope.importScripts(data.lunr);
      } catch (e) {
        scope.postMessage({ type: "error", message: "lunr.js could not be loaded" });
        return;
      }
      fetch(data.index, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (json) {
          idx = scope.lunr.Index.load(json);
          scope.postMessage({ type: "ready" });
        })
        .catch(function (e) {
          scope.postMessage({ type: "error", message: "The search index could not be loaded: " + (e && e.message) });
        });
    } else if (data.type === "search") {
      var out = search(idx, scope.lunr, data.q);
      scope.postMessage({ type: "results", id: data.id, q: data.q, terms: out.terms, fuzzy: out.fuzzy, results: out.results });
    }
  };
})(self);
