// Makes a page's checklist remember its ticks in this browser (localStorage, never sent anywhere).
// Ticks are saved per page and per item key (a hash of the item's text, written by the build), so editing one
// item of a checklist does not move the ticks of the others.
(function () {
  "use strict";
  var tools = document.querySelector("[data-checklist]");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-check]"));
  if (!tools || boxes.length === 0) return;

  var storageKey = "resourcegen.checklist:" + tools.getAttribute("data-checklist");
  var done = tools.querySelector("[data-checklist-done]");
  var bar = tools.querySelector("[data-checklist-bar]");
  var reset = tools.querySelector("[data-checklist-reset]");

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || "null");
      return saved && typeof saved === "object" ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save() {
    var state = {};
    boxes.forEach(function (box) { state[box.getAttribute("data-check")] = box.checked; });
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) {
      // Private browsing or a full store: ticks still work, they are just not kept.
    }
  }

  function update() {
    var count = boxes.filter(function (box) { return box.checked; }).length;
    done.textContent = String(count);
    bar.value = count;
    reset.disabled = count === 0;
  }

  var saved = load();
  if (saved) {
    boxes.forEach(function (box) {
      var key = box.getAttribute("data-check");
      if (Object.prototype.hasOwnProperty.call(saved, key)) box.checked = saved[key] === true;
    });
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", function () { save(); update(); });
  });
  reset.addEventListener("click", function () {
    boxes.forEach(function (box) { box.checked = false; });
    try {
      window.localStorage.removeItem(storageKey);
    } catch (e) {
      // Nothing was stored.
    }
    update();
    boxes[0].focus();
  });
  tools.hidden = false;
  update();
})();
