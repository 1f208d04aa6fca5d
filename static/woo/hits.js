// Woo record page: step through the search hits (next/previous buttons, keys n and p).
(function () {
  "use strict";
  var hits = Array.prototype.slice.call(document.querySelectorAll(".woo-hit"));
  var position = document.getElementById("treffer-positie");
  var previous = document.getElementById("treffer-vorige");
  var next = document.getElementById("treffer-volgende");
  if (!hits.length || !previous || !next) {
    return;
  }
  var current = -1;
  function show(index) {
    current = (index + hits.length) % hits.length;
    hits.forEach(function (hit) { hit.classList.remove("woo-hit-current"); });
    var hit = hits[current];
    hit.classList.add("woo-hit-current");
    hit.setAttribute("tabindex", "-1");
    hit.scrollIntoView({ block: "center" });
    hit.focus({ preventScroll: true });
    if (position) {
      position.textContent = "treffer " + (current + 1) + " van " + hits.length;
    }
    if (hit.id && history.replaceState) {
      history.replaceState(null, "", "#" + hit.id);
    }
  }
  next.addEventListener("click", function () { show(current + 1); });
  previous.addEventListener("click", function () { show(current - 1); });
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "input" || tag === "select" || tag === "textarea") {
      return;
    }
    if (event.key === "n") { show(current + 1); }
    if (event.key === "p") { show(current - 1); }
  });
  // Opened from a hit in the result list: start at that message.
  var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  var start = target ? hits.indexOf(target) : -1;
  if (start >= 0) {
    current = start;
    if (position) { position.textContent = "treffer " + (start + 1) + " van " + hits.length; }
  } else if (position) {
    position.textContent = hits.length + " gemarkeerd";
  }
})();
