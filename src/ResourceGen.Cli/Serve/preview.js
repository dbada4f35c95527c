// Added to pages by `resourcegen serve` only: reloads the page when the site was rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var servedBuild = script ? script.getAttribute("data-build") : null;
  var events = new EventSource("/__resourcegen/events");
  function buildOf(event) {
    try { return String(JSON.parse(event.data).build); } catch (e) { return null; }
  }
  // A page that missed a reload while the connection was down catches up when it reconnects.
  events.addEventListener("hello", function (event) {
    if (servedBuild !== null && buildOf(event) !== servedBuild) location.reload();
  });
  events.addEventListener("reload", function () { location.reload(); });
})();
