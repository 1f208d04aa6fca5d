// Woo record and assessment pages. A message's anchor is the number the page shows (#bericht-nr-N,
// from 1). A link made before
// stop 48 carries the stored sequence number (#bericht-S, from 0): it is turned into the new
// anchor of the same message. A link to a message of a long record that carries only its anchor
// may point at a message on another page: ask the server for the page that holds it
// (?bericht=S, the stored sequence number).
(function () {
  "use strict";
  var hash = window.location.hash;
  var old = /^#bericht-(\d+)$/.exec(hash);
  if (old) {
    hash = "#bericht-nr-" + (parseInt(old[1], 10) + 1);
    if (history.replaceState) {
      history.replaceState(null, "", window.location.pathname + window.location.search + hash);
    }
    var found = document.getElementById(hash.slice(1));
    if (found) {
      found.scrollIntoView();
      return;
    }
  }
  var match = /^#bericht-nr-(\d+)$/.exec(hash);
  if (!match || document.getElementById("bericht-nr-" + match[1])) {
    return;
  }
  var params = new URLSearchParams(window.location.search);
  if (params.has("pagina")) {
    return; // a page was chosen (or the server already chose it): stay, do not loop
  }
  params.delete("datum");
  params.set("bericht", String(parseInt(match[1], 10) - 1));
  window.location.replace(window.location.pathname + "?" + params.toString() + hash);
})();
