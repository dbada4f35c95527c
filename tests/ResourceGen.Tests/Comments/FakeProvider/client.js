// A stand-in for giscus's client.js, served from a second loopback origin by CommentsBrowserTests. Like the real
// one it reads its settings from its own data-* attributes, links a stylesheet and puts a frame from its origin
// into the page's .giscus container.
(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = origin + "/default.css";
  document.head.prepend(style);
  var frame = document.createElement("iframe");
  frame.className = "giscus-frame";
  frame.title = "Comments";
  frame.src = origin + "/widget.html?repo=" + encodeURIComponent(script.dataset.repo) + "&theme=" + encodeURIComponent(script.dataset.theme);
  var container = document.querySelector(".giscus");
  container.appendChild(frame);
  container.setAttribute("data-fake-thread", script.dataset.repo + " " + script.dataset.mapping);
})();
