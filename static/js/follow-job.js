// Pages that follow a job that is running (an upload being processed, the record's PDF, a Woo
// export), on the site and in the admin alike. Loaded by templates/base.html and
// templates/admin/base_site.html.
//
// <span data-refresh="5" hidden>: follow the job (instead of a <meta http-equiv="refresh">), but
// never while the user is typing in a form field. The parts of the page marked
// data-refresh-region (each with an id) are fetched and replaced in place, so the focus and a
// screen reader's place stay where the user left them; once the job is done (the fresh page has
// no data-refresh marker) or a part is missing, the page is reloaded. After an update the
// document gets an "archief:refreshed" event (archief.js sets progress bars' widths on it).
(function () {
  "use strict";

  function scheduleRefresh() {
    var marker = document.querySelector("[data-refresh]");
    if (!marker) { return; }
    var seconds = Math.max(5, parseInt(marker.dataset.refresh, 10) || 10);
    var fetching = false;
    function update() {
      var regions = document.querySelectorAll("[data-refresh-region][id]");
      if (!regions.length || !window.fetch || !window.DOMParser) { window.location.reload(); return; }
      fetching = true;
      window.fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html");
          var parts = [];
          regions.forEach(function (region) { parts.push([region, fresh.getElementById(region.id)]); });
          var complete = parts.every(function (part) { return part[1]; });
          if (!fresh.querySelector("[data-refresh]") || !complete) { window.location.reload(); return; }
          parts.forEach(function (part) {
            if (part[0].innerHTML !== part[1].innerHTML) { part[0].innerHTML = part[1].innerHTML; }
          });
          document.dispatchEvent(new CustomEvent("archief:refreshed"));
        })
        .catch(function () { /* the next round tries again */ })
        .then(function () { fetching = false; });
    }
    window.setInterval(function () {
      var active = document.activeElement;
      if (active && active.matches && active.matches("input, textarea, select")) { return; }
      if (!fetching) { update(); }
    }, seconds * 1000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scheduleRefresh);
  } else {
    scheduleRefresh();
  }
})();
