// Shows the "Print" button on resource pages (it needs JavaScript, so it stays hidden without it).
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
