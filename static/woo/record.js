// A link to a message of a long record that carries only its anchor (#bericht-N) may point at a
// message on another page: ask the server for the page that holds it (?bericht=N).
(function () {
  "use strict";
  var match = /^#bericht-(\d+)$/.exec(window.location.hash);
  if (!match || document.getElementById("bericht-" + match[1])) {
    return;
  }
  var params = new URLSearchParams(window.location.search);
  if (params.has("pagina")) {
    return; // a page was chosen (or the server already chose it): stay, do not loop
  }
  params.delete("datum");
  params.set("bericht", match[1]);
  window.location.replace(window.location.pathname + "?" + params.toString() + window.location.hash);
})();
