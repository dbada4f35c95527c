/*
 * The /search/ page: results as you type, facets, highlighting and keyboard support.
 * The index is loaded and queried in a Web Worker (search-worker.js); without Worker the same code runs here.
 * Every piece of text is inserted with textContent / createElement, never as HTML.
 */
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var note = document.getElementById("search-note");
  var list = document.getElementById("search-results");
  var facetsBox = document.getElementById("search-facets");
  if (!form || !input || !status || !list || !facetsBox) return;

  function absolute(url) {
    return new URL(url, document.baseURI).href;
  }
  var urls = {
    lunr: absolute(root.getAttribute("data-lunr")),
    worker: absolute(root.getAttribute("data-worker")),
    index: absolute(root.getAttribute("data-index")),
    docs: absolute(root.getAttribute("data-docs")),
  };

  var TYPE_TITLES = { article: "Article", activity: "Activity guide", checklist: "Checklist" };
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  // Tag names and URLs from the page (a <template> the build fills in).
  var tagInfo = Object.create(null);
  var tagTemplate = document.getElementById("search-tag-names");
  if (tagTemplate && tagTemplate.content) {
    Array.prototype.forEach.call(tagTemplate.content.querySelectorAll("[data-slug]"), function (el) {
      tagInfo[el.getAttribute("data-slug")] = { name: el.textContent, url: el.getAttribute("data-url") };
    });
  }

  var state = {
    docs: null,
    engine: null, // function (q, callback)
    lunr: null, // for stemming summary words (highlighting)
    failed: false,
    query: "",
    last: null, // {q, terms, fuzzy, results}
    selected: { type: Object.create(null), audience: Object.create(null), tag: Object.create(null) },
    seq: 0,
  };

  function setStatus(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function capitalize(s) {
    s = String(s);
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function typeTitle(type) {
    return TYPE_TITLES[type] || capitalize(type);
  }

  function tagName(slug) {
    return tagInfo[slug] ? tagInfo[slug].name : String(slug).replace(/-/g, " ");
  }

  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return "";
    return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1];
  }

  // ---------- Loading ----------

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(s);
    });
  }

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
      return r.json();
    });
  }

  function mainThreadEngine() {
    return Promise.all([
      window.lunr ? Promise.resolve() : loadScript(urls.lunr),
      window.ResourceGenSearch ? Promise.resolve() : loadScript(urls.worker),
      fetchJson(urls.index),
    ]).then(function (parts) {
      var idx = window.lunr.Index.load(parts[2]);
      return function (q, callback) {
        callback(window.ResourceGenSearch.search(idx, window.lunr, q));
      };
    });
  }

  function workerEngine() {
    return new Promise(function (resolve, reject) {
      if (typeof Worker === "undefined") { reject(new Error("no Worker")); return; }
      var worker;
      try { worker = new Worker(urls.worker); } catch (e) { reject(e); return; }
      var pending = Object.create(null);
      var nextId = 0;
      var ready = false;
      worker.onmessage = function (event) {
        var data = event.data || {};
        if (data.type === "ready") {
          ready = true;
          resolve(function (q, callback) {
            var id = ++nextId;
            pending[id] = callback;
            worker.postMessage({ type: "search", id: id, q: q });
          });
        } else if (data.type === "error") {
          if (!ready) { worker.terminate(); reject(new Error(data.message)); }
        } else if (data.type === "results") {
          var cb = pending[data.id];
          delete pending[data.id];
          if (cb) cb({ terms: data.terms, fuzzy: data.fuzzy, results: data.results });
        }
      };
      worker.onerror = function (event) {
        if (event && event.preventDefault) event.preventDefault();
        if (!ready) { worker.terminate(); reject(new Error("worker failed")); }
      };
      worker.postMessage({ type: "init", lunr: urls.lunr, index: urls.index });
    });
  }

  function start() {
    var docsPromise = fetchJson(urls.docs).then(function (docs) { state.docs = docs; });
    // lunr on the main thread is only needed for stemming the words we highlight.
    var stemmerPromise = (window.lunr ? Promise.resolve() : loadScript(urls.lunr))
      .then(function () { state.lunr = window.lunr; })
      .catch(function () { state.lunr = null; });
    var enginePromise = workerEngine().catch(function () { return mainThreadEngine(); });
    Promise.all([docsPromise, enginePromise, stemmerPromise])
      .then(function (parts) {
        state.engine = parts[1];
        runSearch(input.value);
      })
      .catch(function () {
        state.failed = true;
        setStatus("Search is not available right now. Please try again later, or browse by topic.");
      });
  }

  // ---------- Searching ----------

  function runSearch(q) {
    state.query = q;
    if (!state.engine || !state.docs) {
      if (!state.failed && q.trim() !== "") setStatus("Loading search…");
      return;
    }
    var id = ++state.seq;
    try {
      state.engine(q, function (out) {
        if (id !== state.seq) return; // a newer query is on its way
        try {
          out.results = (out.results || []).filter(function (r) { return state.docs[r.ref]; });
          state.last = { q: q, terms: out.terms || [], fuzzy: !!out.fuzzy, results: out.results };
          pruneSelection();
          render();
        } catch (e) {
          setStatus("Something went wrong with this search.");
        }
      });
    } catch (e) {
      setStatus("Something went wrong with this search.");
    }
  }

  var timer = 0;
  function scheduleSearch() {
    clearTimeout(timer);
    timer = setTimeout(function () { runSearch(input.value); }, 150);
  }

  function updateAddress(q) {
    try {
      var url = new URL(window.location.href);
      if (q.trim() === "") url.searchParams.delete("q");
      else url.searchParams.set("q", q);
      if (url.href !== window.location.href) history.replaceState(history.state, "", url.href);
    } catch (e) { /* the address stays as it is */ }
  }

  // ---------- Facets ----------

  var GROUPS = [
    { key: "type", legend: "Type", values: function (d) { return d.type ? [d.type] : []; }, label: typeTitle },
    { key: "audience", legend: "For", values: function (d) { return d.audience || []; }, label: capitalize },
    { key: "tag", legend: "Topic", values: function (d) { return d.tags || []; }, label: tagName },
  ];

  function matchesGroup(doc, group) {
    var chosen = Object.keys(state.selected[group.key]);
    if (chosen.length === 0) return true;
    var values = group.values(doc);
    return chosen.some(function (v) { return values.indexOf(v) >= 0; });
  }

  // Results that pass every group's filter except (optionally) one group.
  function filtered(except) {
    return state.last.results.filter(function (r) {
      var doc = state.docs[r.ref];
      return GROUPS.every(function (g) { return g === except || matchesGroup(doc, g); });
    });
  }

  function pruneSelection() {
    // Keep selections that still exist among the new results.
    GROUPS.forEach(function (g) {
      var present = Object.create(null);
      state.last.results.forEach(function (r) { g.values(state.docs[r.ref]).forEach(function (v) { present[v] = true; }); });
      Object.keys(state.selected[g.key]).forEach(function (v) { if (!present[v]) delete state.selected[g.key][v]; });
    });
  }

  function renderFacets() {
    while (facetsBox.firstChild) facetsBox.removeChild(facetsBox.firstChild);
    if (!state.last || state.last.results.length === 0) { facetsBox.hidden = true; return; }
    var heading = document.createElement("h2");
    heading.className = "search-facets__title";
    heading.textContent = "Narrow the results";
    facetsBox.appendChild(heading);
    GROUPS.forEach(function (g) {
      var counts = Object.create(null);
      filtered(g).forEach(function (r) {
        g.values(state.docs[r.ref]).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      Object.keys(state.selected[g.key]).forEach(function (v) { if (!(v in counts)) counts[v] = 0; });
      var values = Object.keys(counts).sort(function (a, b) {
        return counts[b] - counts[a] || g.label(a).localeCompare(g.label(b));
      });
      if (values.length === 0) return;
      var fieldset = document.createElement("fieldset");
      fieldset.className = "search-facet";
      fieldset.setAttribute("data-facet", g.key);
      var legend = document.createElement("legend");
      legend.textContent = g.legend;
      fieldset.appendChild(legend);
      var ul = document.createElement("ul");
      ul.setAttribute("role", "list");
      values.forEach(function (v, i) {
        var li = document.createElement("li");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = "facet-" + g.key + "-" + i;
        box.value = v;
        box.checked = !!state.selected[g.key][v];
        box.setAttribute("data-facet", g.key);
        box.addEventListener("change", function () {
          if (box.checked) state.selected[g.key][v] = true;
          else delete state.selected[g.key][v];
          render(box.id);
        });
        var label = document.createElement("label");
        label.htmlFor = box.id;
        var name = document.createElement("span");
        name.textContent = g.label(v);
        var count = document.createElement("span");
        count.className = "search-facet__count";
        count.textContent = "(" + counts[v] + ")";
        label.appendChild(name);
        label.appendChild(document.createTextNode(" "));
        label.appendChild(count);
        li.appendChild(box);
        li.appendChild(label);
        ul.appendChild(li);
      });
      fieldset.appendChild(ul);
      facetsBox.appendChild(fieldset);
    });
    facetsBox.hidden = false;
  }

  // ---------- Results ----------

  function stemOf(word) {
    var lunr = state.lunr;
    if (!lunr) return word.toLowerCase();
    var lower = word.toLowerCase().replace(/^\W+/, "").replace(/\W+$/, "");
    if (lower === "") return "";
    return lunr.stemmer(new lunr.Token(lower, {})).toString();
  }

  // Appends text to parent, wrapping the words whose stem was matched in <mark>.
  function appendHighlighted(parent, text, matched) {
    text = String(text || "");
    var re = /[\p{L}\p{N}_']+/gu;
    var at = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var word = m[0];
      if (matched[stemOf(word)] || matched[word.toLowerCase()]) {
        if (m.index > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
        var mark = document.createElement("mark");
        mark.textContent = word;
        parent.appendChild(mark);
        at = m.index + word.length;
      }
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function excerpt(text, limit) {
    text = String(text || "");
    if (text.length <= limit) return text;
    var cut = text.lastIndexOf(" ", limit);
    return text.slice(0, cut > limit / 2 ? cut : limit).replace(/[\s,;:.]+$/, "") + "…";
  }

  function resultItem(r) {
    var doc = state.docs[r.ref];
    var matched = Object.create(null);
    (r.matched || []).forEach(function (t) { matched[t] = true; });

    var li = document.createElement("li");
    li.className = "card search-result card--" + doc.type;

    var typeLine = document.createElement("p");
    typeLine.className = "card__type";
    var badge = document.createElement("span");
    badge.className = "badge badge--" + doc.type;
    badge.textContent = typeTitle(doc.type);
    typeLine.appendChild(badge);
    li.appendChild(typeLine);

    var h = document.createElement("h2");
    h.className = "card__title";
    var a = document.createElement("a");
    a.className = "search-result__link";
    a.href = doc.url;
    appendHighlighted(a, doc.title, matched);
    h.appendChild(a);
    li.appendChild(h);

    if (doc.summary) {
      var p = document.createElement("p");
      p.className = "card__summary";
      appendHighlighted(p, excerpt(doc.summary, 240), matched);
      li.appendChild(p);
    }

    var when = dateText(doc.date);
    if (when) {
      var meta = document.createElement("p");
      meta.className = "card__meta";
      var time = document.createElement("time");
      time.dateTime = doc.date;
      time.textContent = when;
      meta.appendChild(time);
      li.appendChild(meta);
    }

    if (doc.tags && doc.tags.length) {
      var tags = document.createElement("ul");
      tags.className = "card__tags";
      tags.setAttribute("role", "list");
      tags.setAttribute("aria-label", "Topics");
      doc.tags.forEach(function (slug) {
        var tli = document.createElement("li");
        var info = tagInfo[slug];
        var chip = document.createElement(info && info.url ? "a" : "span");
        chip.className = "chip chip--small";
        if (info && info.url) chip.href = info.url;
        chip.textContent = tagName(slug);
        tli.appendChild(chip);
        tags.appendChild(tli);
      });
      li.appendChild(tags);
    }
    return li;
  }

  function render(focusId) {
    var last = state.last;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (note) { note.hidden = true; note.textContent = ""; }
    if (!last || last.terms.length === 0) {
      facetsBox.hidden = true;
      while (facetsBox.firstChild) facetsBox.removeChild(facetsBox.firstChild);
      setStatus(last && last.q.trim() !== "" ? "Type a more specific word to search." : "");
      return;
    }
    var shown = filtered(null);
    var total = last.results.length;
    var label = "“" + last.q.trim() + "”";
    var text;
    if (total === 0) {
      text = "No results for " + label + ".";
    } else {
      text = shown.length + (shown.length === 1 ? " result" : " results") + " for " + label;
      if (shown.length !== total) text += " (filtered from " + total + ")";
    }
    if (last.fuzzy && total > 0) {
      text += ". Showing results for similar words";
      if (note) { note.textContent = "Showing results for similar words."; note.hidden = false; }
    }
    setStatus(text);
    shown.forEach(function (r) { list.appendChild(resultItem(r)); });
    renderFacets();
    if (focusId) {
      var again = document.getElementById(focusId);
      if (again) again.focus();
    }
  }

  // ---------- Events ----------

  input.addEventListener("input", function () {
    updateAddress(input.value);
    scheduleSearch();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    updateAddress(input.value);
    runSearch(input.value);
  });

  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll("a.search-result__link"));
  }

  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (event.key === "/" && !isTyping(target)) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = resultLinks();
    if (links.length === 0) return;
    var at = links.indexOf(target);
    if (target === input) {
      if (event.key === "ArrowDown") { event.preventDefault(); links[0].focus(); }
      return;
    }
    if (at < 0) return;
    event.preventDefault();
    if (event.key === "ArrowDown") links[Math.min(at + 1, links.length - 1)].focus();
    else if (at === 0) input.focus();
    else links[at - 1].focus();
  });

  // ---------- Start ----------

  try {
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) input.value = initial;
  } catch (e) { /* no query in the address */ }
  root.classList.add("search--ready");
  start();
})();
