// Woo record page: step through the search hits (next/previous buttons, keys n and p).
// The hits of the whole record count; past the last hit on this page "next" opens the page of
// the next hit (and "previous" the page of the previous one), as the hit bar's links do.
(function () {
  "use strict";
  var bar = document.getElementById("treffers");
  var hits = Array.prototype.slice.call(document.querySelectorAll(".woo-hit"));
  var position = document.getElementById("treffer-positie");
  var previous = document.getElementById("treffer-vorige");
  var next = document.getElementById("treffer-volgende");
  if (!bar || !previous || !next) {
    return;
  }
  var total = parseInt(bar.getAttribute("data-hits"), 10) || hits.length;
  var before = parseInt(bar.getAttribute("data-before"), 10) || 0;
  var previousUrl = bar.getAttribute("data-previous-url");
  var nextUrl = bar.getAttribute("data-next-url");
  // "treffer" when every marked message is a hit; with samenhang among them the bar counts
  // the hits apart, so the position names the marked messages instead.
  var unit = bar.getAttribute("data-unit") || "treffer";
  // With samenhang, what the marked messages are: "(59 treffers, 29 in samenhang)", so the
  // total of the position is not read as a count of hits (walk of stop 44).
  var detail = bar.getAttribute("data-detail");
  var of = detail ? " (" + detail + ")" : "";
  var current = -1;
  function say(index) {
    if (position) {
      position.textContent = unit + " " + (before + index + 1) + " van " + total + of;
    }
  }
  function show(index) {
    current = index;
    hits.forEach(function (hit) { hit.classList.remove("woo-hit-current"); });
    var hit = hits[current];
    hit.classList.add("woo-hit-current");
    hit.setAttribute("tabindex", "-1");
    hit.scrollIntoView({ block: "center" });
    hit.focus({ preventScroll: true });
    say(current);
    if (hit.id && history.replaceState) {
      history.replaceState(null, "", "#" + hit.id);
    }
  }
  function forward() {
    if (current + 1 < hits.length) { show(current + 1); }
    else if (nextUrl) { window.location.assign(nextUrl); }
    else if (hits.length) { show(0); }
  }
  function backward() {
    if (current > 0) { show(current - 1); }
    else if (previousUrl) { window.location.assign(previousUrl); }
    else if (hits.length) { show(hits.length - 1); }
  }
  next.addEventListener("click", forward);
  previous.addEventListener("click", backward);
  // The single-letter keys work only with the focus in the hit bar or the conversation (WCAG
  // 2.1.4): elsewhere, speech input or a stray key press would jump through the hits. The
  // conversation is the whole column (#gesprek): the messages, and the screenshots of a
  // screenshot record, which stand outside the message list.
  var chat = document.getElementById("gesprek") || document.querySelector(".woo-chat");
  function inHits(element) {
    return bar.contains(element) || (chat !== null && chat.contains(element)) ||
      hits.some(function (hit) { return hit.contains(element); });
  }
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "input" || tag === "select" || tag === "textarea") {
      return;
    }
    if (!inHits(event.target)) {
      return;
    }
    if (event.key === "n") { forward(); }
    if (event.key === "p") { backward(); }
  });
  // Opened from a hit in the result list or another page: start at that message.
  var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  var start = target ? hits.indexOf(target) : -1;
  if (start >= 0) {
    show(start);
    // The browser's own jump to the anchor comes after this script and puts the message at
    // the top of the window, under the sticky hit bar: centre it again once the page is in.
    window.addEventListener("load", function () {
      window.requestAnimationFrame(function () { hits[start].scrollIntoView({ block: "center" }); });
    });
  } else if (position) {
    position.textContent = onThisPage() + of;
  }
  // How many of the record's hits (or marked messages) this page shows, in words: "3 van de 12
  // treffers staan op deze pagina", not "3 van 12 gemarkeerd".
  function onThisPage() {
    var many = unit === "treffer" ? "treffers" : "gemarkeerde berichten";
    var here = hits.length;
    if (here === total) {
      return total === 1
        ? (unit === "treffer" ? "De treffer" : "Het gemarkeerde bericht") + " staat op deze pagina"
        : "Alle " + number(total) + " " + many + " staan op deze pagina";
    }
    return (here === 0 ? "Geen" : number(here)) + " van de " + number(total) + " " + many +
      (here === 1 || here === 0 ? " staat" : " staan") + " op deze pagina";
  }
  function number(n) { return n.toLocaleString("nl-NL"); }
})();
