// Narrows the activity list by a child's age and a skill, in the browser. On a list split into pages, the other
// pages are fetched (same site) the first time a filter is chosen, so the filter covers every activity.
// The choice is kept in the address (?age=5&skill=attention) so it can be shared.
// A classic script (it also runs from a saved copy of the page); the block keeps its names out of the page's scope.
{
  const form = document.querySelector("[data-activity-filter]");
  const list = document.querySelector(".card-grid");

  if (form && list) {
    const age = form.elements.namedItem("age");
    const skill = form.elements.namedItem("skill");
    const status = form.querySelector("[data-filter-status]");
    const pagination = document.querySelector(".pagination");
    const pageUrls = [];
    if (pagination) {
      for (let n = 1; n <= Number(pagination.getAttribute("data-pages")); n++) {
        pageUrls.push(n === 1 ? pagination.getAttribute("data-first-url") : pagination.getAttribute("data-url-pattern").replace("{n}", String(n)));
      }
    }
    let loading = null;
    let loadFailed = false;

    const value = (select) => (select ? select.value : "");

    const matches = (card, wantedAge, wantedSkill) => {
      if (wantedAge !== "") {
        const years = Number(wantedAge);
        if (!card.hasAttribute("data-age-min") || years < Number(card.getAttribute("data-age-min")) || years > Number(card.getAttribute("data-age-max"))) return false;
      }
      return wantedSkill === "" || (card.getAttribute("data-skills") || "").split("|").includes(wantedSkill);
    };

    const loadOtherPages = () => {
      if (loading) return loading;
      const here = new URL(window.location.href).pathname;
      const others = pageUrls.filter((url) => new URL(url, window.location.href).pathname !== here);
      loading = Promise.all(others.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.text();
      })).then((pages) => {
        for (const html of pages) {
          const doc = new DOMParser().parseFromString(html, "text/html");
          for (const card of doc.querySelectorAll(".card-grid > .card")) {
            card.setAttribute("data-fetched", "");
            list.appendChild(document.importNode(card, true));
          }
        }
      }).catch(() => {
        loadFailed = true;
      });
      return loading;
    };

    // The sentences come from the theme texts in the page's language (data-text-* on the form); {0}... are filled in.
    const text = (name, ...args) => form.getAttribute("data-text-" + name).replace(/\{(\d)\}/g, (whole, i) => String(args[Number(i)]));

    const describe = (shown, total, wantedAge, wantedSkill) => {
      const parts = [];
      if (wantedAge !== "") parts.push(text("age", wantedAge));
      if (wantedSkill !== "") parts.push(skill.options[skill.selectedIndex].text.toLowerCase());
      const wanted = parts.join(text("and"));
      return shown === 0 ? text("none", wanted) : text("showing", shown, total, wanted);
    };

    const apply = async () => {
      const wantedAge = value(age);
      const wantedSkill = value(skill);
      const filtering = wantedAge !== "" || wantedSkill !== "";
      if (filtering && pageUrls.length > 1) await loadOtherPages();
      const cards = [...list.querySelectorAll(".card")];
      let shown = 0;
      for (const card of cards) {
        const visible = filtering ? matches(card, wantedAge, wantedSkill) : !card.hasAttribute("data-fetched");
        card.hidden = !visible;
        if (visible) shown++;
      }
      if (pagination) pagination.hidden = filtering;
      const note = loadFailed ? text("partial") : "";
      status.textContent = filtering ? describe(shown, cards.length, wantedAge, wantedSkill) + note : "";
      const url = new URL(window.location.href);
      url.searchParams.delete("age");
      url.searchParams.delete("skill");
      if (wantedAge !== "") url.searchParams.set("age", wantedAge);
      if (wantedSkill !== "") url.searchParams.set("skill", wantedSkill);
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    };

    const params = new URL(window.location.href).searchParams;
    if (age && params.get("age")) age.value = params.get("age");
    if (skill && params.get("skill")) skill.value = params.get("skill");
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", () => window.setTimeout(apply, 0));
    form.hidden = false;
    if (value(age) !== "" || value(skill) !== "") apply();
  }
}
