/* The selectielijst result list follows the chosen zaak: after a change of zaak it offers only the
   results of the zaak's procestype (zaaktype → procestype), fetched from the server. Without
   JavaScript the server filters the list for the zaak the page was opened with and says so when
   a result does not fit. */
(function () {
  "use strict";

  function init() {
    var box = document.getElementById("rv-resultaat");
    var zaak = document.getElementById("id_zaak");
    var resultaat = document.getElementById("id_resultaat");
    var status = document.getElementById("rv-resultaat-status");
    if (!box || !zaak || !resultaat) return;
    var url = box.getAttribute("data-options-url");
    var empty = resultaat.querySelector('option[value=""]');
    var emptyLabel = empty ? empty.textContent : "";
    var pending = null;

    function rebuild(data) {
      var keep = resultaat.value;
      while (resultaat.firstChild) resultaat.removeChild(resultaat.firstChild);
      var first = document.createElement("option");
      first.value = "";
      first.textContent = emptyLabel;
      resultaat.appendChild(first);
      var found = false;
      data.groups.forEach(function (group) {
        var optgroup = document.createElement("optgroup");
        optgroup.label = group.label;
        group.options.forEach(function (item) {
          var option = document.createElement("option");
          option.value = String(item.value);
          option.textContent = item.label;
          if (option.value === keep) { option.selected = true; found = true; }
          optgroup.appendChild(option);
        });
        resultaat.appendChild(optgroup);
      });
      if (!found) resultaat.value = "";
      if (status) {
        status.textContent = data.procestype
          ? "De lijst toont de resultaten van procestype " + data.procestype + "."
          : "Deze zaak heeft geen procestype: de lijst toont alle resultaten.";
      }
    }

    function changed() {
      if (!zaak.value) return;
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url + "?zaak=" + encodeURIComponent(zaak.value), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal
      })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) rebuild(data); })
        .catch(function () { /* keep the current list; the server still checks the choice */ });
    }

    // The zaak field is the admin's autocomplete (select2, which triggers jQuery's change).
    if (window.django && window.django.jQuery) {
      window.django.jQuery(zaak).on("change", changed);
    } else {
      zaak.addEventListener("change", changed);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
