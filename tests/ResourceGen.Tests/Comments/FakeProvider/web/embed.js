// A stand-in for Remark42's web/embed.js: like the real one it reads the global remark_config, which the page's
// inline script defined, and puts a frame from the server into #remark42.
(function () {
  var config = window.remark_config;
  var root = document.getElementById("remark42");
  var frame = document.createElement("iframe");
  frame.title = "Comments | Remark42";
  frame.src = config.host + "/widget.html?site=" + encodeURIComponent(config.site_id) + "&url=" + encodeURIComponent(config.url);
  root.appendChild(frame);
  root.setAttribute("data-fake-thread", config.site_id + " " + config.url);
})();
