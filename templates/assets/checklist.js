// Makes a page's checklist remember its ticks in this browser (localStorage, never sent anywhere).
// Ticks are saved per page and per item key (a hash of the item's text, written by the build), so editing one
// item of a checklist does not move the ticks of the others.
// A classic script (it also runs from a saved copy of the page); the block keeps its names out of the page's scope.
{
  const tools = document.querySelector("[data-checklist]");
  const boxes = [...document.querySelectorAll("input[data-check]")];

  if (tools && boxes.length > 0) {
    const storageKey = "resourcegen.checklist:" + tools.getAttribute("data-checklist");
    const done = tools.querySelector("[data-checklist-done]");
    const bar = tools.querySelector("[data-checklist-bar]");
    const reset = tools.querySelector("[data-checklist-reset]");

    const load = () => {
      try {
        const saved = JSON.parse(window.localStorage.getItem(storageKey) || "null");
        return saved && typeof saved === "object" ? saved : null;
      } catch {
        return null;
      }
    };

    const save = () => {
      const state = Object.fromEntries(boxes.map((box) => [box.getAttribute("data-check"), box.checked]));
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(state));
      } catch {
        // Private browsing or a full store: ticks still work, they are just not kept.
      }
    };

    const update = () => {
      const count = boxes.filter((box) => box.checked).length;
      done.textContent = String(count);
      bar.value = count;
      reset.disabled = count === 0;
    };

    const saved = load();
    if (saved) {
      for (const box of boxes) {
        const key = box.getAttribute("data-check");
        if (Object.hasOwn(saved, key)) box.checked = saved[key] === true;
      }
    }
    for (const box of boxes) box.addEventListener("change", () => { save(); update(); });
    reset.addEventListener("click", () => {
      for (const box of boxes) box.checked = false;
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        // Nothing was stored.
      }
      update();
      boxes[0].focus();
    });
    tools.hidden = false;
    update();
  }
}
