// Comments at the end of a resource page.
// A third-party embed waits, inert in a <template>, until the reader presses "Show comments" (or, with
// consent: false in site.yml, until it scrolls near), so nothing reaches the provider before that. The reader can
// let the site remember the choice (localStorage) and take it back. In a static thread, "Reply" links choose the
// comment the reply form answers.
// A classic script (it also runs from a saved copy of the page); the block keeps its names out of the page's scope.
{
  const storageKey = (box) => "resourcegen-comments:" + box.dataset.provider + ":" + box.dataset.host;

  const isRemembered = (key) => {
    try { return window.localStorage.getItem(key) === "yes"; } catch { return false; }
  };

  const setRemembered = (key, yes) => {
    try {
      if (yes) window.localStorage.setItem(key, "yes");
      else window.localStorage.removeItem(key);
    } catch { /* storage may be off; the choice then lasts for this page only */ }
  };

  // Scripts copied out of a <template> may not run; fresh elements with the same attributes and text always do.
  // An inline one (a provider's settings) runs because the page's policy allows its exact hash.
  const reviveScripts = (fragment) => {
    for (const inert of fragment.querySelectorAll("script")) {
      const script = document.createElement("script");
      for (const a of inert.attributes) script.setAttribute(a.name, a.value);
      script.text = inert.text;
      inert.replaceWith(script);
    }
  };

  const load = (box) => {
    if (box.dataset.loaded === "true") return;
    box.dataset.loaded = "true";
    const fragment = document.importNode(box.querySelector("template[data-comments-template]").content, true);
    reviveScripts(fragment);
    box.querySelector("[data-comments-thread]").appendChild(fragment);
  };

  const loadWhenNear = (box) => {
    if (!("IntersectionObserver" in window)) { load(box); return; }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        load(box);
      }
    }, { rootMargin: "600px 0px" });
    observer.observe(box);
  };

  const askFirst = (box) => {
    const key = storageKey(box);
    const ask = box.querySelector("[data-comments-ask]");
    const remembered = box.querySelector("[data-comments-remembered]");
    const status = box.querySelector("[data-comments-status]");

    box.querySelector("[data-comments-load]").addEventListener("click", () => {
      const always = box.querySelector("[data-comments-remember]").checked;
      setRemembered(key, always);
      ask.hidden = true;
      remembered.hidden = !always;
      status.textContent = box.dataset.textLoading;
      load(box);
      box.querySelector("[data-comments-thread]").focus();
    });
    box.querySelector("[data-comments-forget]").addEventListener("click", () => {
      setRemembered(key, false);
      remembered.hidden = true;
      status.textContent = box.dataset.textForgotten;
    });

    if (isRemembered(key)) {
      remembered.hidden = false;
      load(box);
    } else {
      ask.hidden = false;
    }
  };

  for (const box of document.querySelectorAll("[data-comments-embed]")) {
    if (box.dataset.consent === "false") loadWhenNear(box);
    else askFirst(box);
  }

  for (const link of document.querySelectorAll("a[data-reply-to]")) {
    link.addEventListener("click", () => {
      const select = document.getElementById("comment-reply-to");
      if (select) select.value = link.dataset.replyTo;
    });
  }
}
