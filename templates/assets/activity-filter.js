// Narrows the activity list by a child's age and a skill, in the browser. On a list split into pages, the other
// pages are fetched (same site) the first time a filter is chosen, so the filter covers every activity.
// The choice is kept in the address (?age=5&skill=attention) so it can be shared.
(function () {
  "use strict";
  var form = document.querySelector("[data-activity-filter]");
  var list = document.querySelector(".card-grid");
  if (!form || !list) return;

  var age = form.elements.namedItem("age");
  var skill = form.elements.namedItem("skill");
  var status = form.querySelector("[data-filter-status]");
  var pagination = document.querySelector(".pagination");
  var pageUrls = [];
  if (pagination) {
    for (var n = 1; n <= Number(pagination.getAttribute("data-pages")); n++) {
      pageUrls.push(n === 1 ? pagination.getAttribute("data-first-url") : pagination.getAttribute("data-url-pattern").replace("{n}", String(n)));
    }
  }
  var loading = null;
  var loadFailed = false;

  function value(select) {
    return select ? select.value : "";
  }

  function matches(card, wantedAge, wantedSkill) {
    if (wantedAge !== "") {
      var min = Number(card.getAttribute("data-age-min"));
      var max = Number(card.getAttribute("data-age-max"));
      var years = Number(wantedAge);
      if (!card.hasAttribute("data-age-min") || years < min || years > max) return false;
    }
    if (wantedSkill !== "") {
      var skills = (card.getAttribute("data-skills") || "").split("|");
      if (skills.indexOf(wantedSkill) < 0) return false;
    }
    return true;
  }

  function loadOtherPages() {
    if (loading) return loading;
    var here = new URL(window.location.href).pathname;
    var others = pageUrls.filter(function (url) { return new URL(url, window.location.href).pathname !== here; });
    loading = Promise.all(others.map(function (url) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.text();
      });
    })).then(function (pages) {
      pages.forEach(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        doc.querySelectorAll(".card-grid > .card").forEach(function (card) {
          card.setAttribute("data-fetched", "");
          list.appendChild(document.importNode(card, true));
        });
      });
    }).catch(function () {
      loadFailed = true;
    });
    return loading;
  }

  // The sentences come from the theme texts in the page's language (data-text-* on the form); {0}... are filled in.
  function text(name, args) {
    return form.getAttribute("data-text-" + name).replace(/\{(\d)\}/g, function (whole, i) { return String(args[Number(i)]); });
  }

  function describe(shown, total, wantedAge, wantedSkill) {
    var parts = [];
    if (wantedAge !== "") parts.push(text("age", [wantedAge]));
    if (wantedSkill !== "") parts.push(skill.options[skill.selectedIndex].text.toLowerCase());
    var wanted = parts.join(text("and", []));
    if (shown === 0) return text("none", [wanted]);
    return text("showing", [shown, total, wanted]);
  }

  function apply() {
    var wantedAge = value(age);
    var wantedSkill = value(skill);
    var filtering = wantedAge !== "" || wantedSkill !== "";
    var ready = filtering && pageUrls.length > 1 ? loadOtherPages() : Promise.resolve();
    return ready.then(function () {
      var cards = Array.prototype.slice.call(list.querySelectorAll(".card"));
      var shown = 0;
      cards.forEach(function (card) {
        var visible = filtering ? matches(card, wantedAge, wantedSkill) : !card.hasAttribute("data-fetched");
        card.hidden = !visible;
        if (visible) shown++;
      });
      if (pagination) pagination.hidden = filtering;
      var note = loadFailed ? " Only this page was searched: the other pages did not load." : "";
      status.textContent = filtering ? describe(shown, cards.length, wantedAge, wantedSkill) + note : "";
      var url = new URL(window.location.href);
      url.searchParams.delete("age");
      url.searchParams.delete("skill");
      if (wantedAge !== "") url.searchParams.set("age", wantedAge);
      if (wantedSkill !== "") url.searchParams.set("skill", wantedSkill);
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    });
  }

  var params = new URL(window.location.href).searchParams;
  if (age && params.get("age")) age.value = params.get("age");
  if (skill && params.get("skill")) skill.value = params.get("skill");
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  if (value(age) !== "" || value(skill) !== "") apply();
})();
