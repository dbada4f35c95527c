// Comments at the end of a resource page.
// A third-party embed waits, inert in a <template>, until the reader presses "Show comments" (or, with
// consent: false in site.yml, until it scrolls near), so nothing reaches the provider before that. The reader can
// let the site remember the choice (localStorage) and take it back. In a static thread, "Reply" links choose the
// comment the reply form answers.
(function () {
  "use strict";

  function storageKey(box) {
    return "resourcegen-comments:" + box.dataset.provider + ":" + box.dataset.host;
  }

  function isRemembered(key) {
    try { return window.localStorage.getItem(key) === "yes"; } catch (e) { return false; }
  }

  function setRemembered(key, yes) {
    try {
      if (yes) window.localStorage.setItem(key, "yes");
      else window.localStorage.removeItem(key);
    } catch (e) { /* storage may be off; the choice then lasts for this page only */ }
  }

  // Scripts copied out of a <template> may not run; fresh elements with the same attributes and text always do.
  // An inline one (a provider's settings) runs because the page's policy allows its exact hash.
  function reviveScripts(fragment) {
    fragment.querySelectorAll("script").forEach(function (inert) {
      var script = document.createElement("script");
      Array.prototype.forEach.call(inert.attributes, function (a) { script.setAttribute(a.name, a.value); });
      script.text = inert.text;
      inert.replaceWith(script);
    });
  }

  function load(box) {
    if (box.dataset.loaded === "true") return;
    box.dataset.loaded = "true";
    var fragment = document.importNode(box.querySelector("template[data-comments-template]").content, true);
    reviveScripts(fragment);
    box.querySelector("[data-comments-thread]").appendChild(fragment);
  }

  function loadWhenNear(box) {
    if (!("IntersectionObserver" in window)) { load(box); return; }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        load(box);
      }
    }, { rootMargin: "600px 0px" });
    observer.observe(box);
  }

  function askFirst(box) {
    var key = storageKey(box);
    var ask = box.querySelector("[data-comments-ask]");
    var remembered = box.querySelector("[data-comments-remembered]");
    var status = box.querySelector("[data-comments-status]");

    box.querySelector("[data-comments-load]").addEventListener("click", function () {
      var always = box.querySelector("[data-comments-remember]").checked;
      setRemembered(key, always);
      ask.hidden = true;
      remembered.hidden = !always;
      status.textContent = box.dataset.textLoading;
      load(box);
      box.querySelector("[data-comments-thread]").focus();
    });
    box.querySelector("[data-comments-forget]").addEventListener("click", function () {
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
  }

  document.querySelectorAll("[data-comments-embed]").forEach(function (box) {
    if (box.dataset.consent === "false") loadWhenNear(box);
    else askFirst(box);
  });

  document.querySelectorAll("a[data-reply-to]").forEach(function (link) {
    link.addEventListener("click", function () {
      var select = document.getElementById("comment-reply-to");
      if (select) select.value = link.dataset.replyTo;
    });
  });
})();
