// Behaviour of the Bootstrap pages that would otherwise need inline script or style attributes,
// which the Content-Security-Policy forbids (script-src 'self', style-src 'self').
(function () {
  "use strict";

  // A date typed half (a day without month or year) in a form the server checks (novalidate):
  // the browser sends it empty, so an optional filter would be dropped unseen and a required
  // day refused without the typed part. Named next to the field in Dutch instead, as the
  // browser's own bubble would do in its own language; the form is not sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) {
      return;
    }
    var first = null;
    form.querySelectorAll("input[type=date]").forEach(function (field) {
      var id = field.id + "-onvolledig";
      var old = document.getElementById(id);
      if (old) {
        old.remove();
        field.removeAttribute("aria-invalid");
        var kept = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (part) {
          return part && part !== id;
        });
        if (kept.length) { field.setAttribute("aria-describedby", kept.join(" ")); } else { field.removeAttribute("aria-describedby"); }
      }
      if (!field.validity.badInput || !field.id) {
        return;
      }
      var label = field.labels && field.labels.length ? field.labels[0].textContent.trim() : "Datum";
      var message = document.createElement("div");
      message.id = id;
      message.className = "invalid-feedback d-block";
      message.textContent = label + ": vul de hele datum in (dag, maand en jaar) of maak het veld leeg.";
      if (window.getComputedStyle(field.parentElement).display === "flex") {
        // In a one-line form (the record's "Naar datum"): on its own line below, not squeezed in.
        field.parentElement.classList.add("flex-wrap");
        message.classList.add("w-100", "order-last", "mt-0");
      }
      field.insertAdjacentElement("afterend", message);
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + id).trim());
      var details = field.closest("details");
      if (details) { details.open = true; }
      first = first || field;
    });
    if (first) {
      event.preventDefault();
      event.stopImmediatePropagation();
      first.focus();
    }
  }, true);

  // <form data-confirm="Vraag?">: ask before submitting.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  // <div class="progress-bar" data-progress="40">: the bar's width (set through the CSSOM,
  // which the policy allows, instead of a style attribute, which it does not).
  function showProgress() {
    document.querySelectorAll("[data-progress]").forEach(function (bar) {
      var percent = Math.max(0, Math.min(100, parseInt(bar.dataset.progress, 10) || 0));
      bar.style.width = percent + "%";
    });
  }

  // An error summary (data-focus-on-load) takes focus after a failed submit, so a screen
  // reader reads what is wrong first; its links move focus to the field itself.
  function focusSummary() {
    var summary = document.querySelector("[data-focus-on-load]");
    if (!summary) { return; }
    summary.focus();
    // A refusal at the top of a page opened at an #anchor (the document the form was on): the
    // browser scrolls there (smoothly) after this, so bring the refusal back once it has.
    if (window.location.hash) {
      window.addEventListener("scrollend", function () {
        summary.scrollIntoView({ block: "nearest", behavior: "instant" });
      }, { once: true });
    }
  }
  // A #fragment in the address (the skip link's) moves focus once the page has loaded; the
  // summary comes first unless the user has already moved on.
  window.addEventListener("load", function () {
    window.setTimeout(function () {
      var active = document.activeElement;
      if (!active || active === document.body || active.id === "hoofdinhoud") { focusSummary(); }
    }, 0);
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    var label = document.querySelector("label[for='" + field.id + "']");
    (field.closest("fieldset") || label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });

  // <div data-toon-bij="field=value">: a follow-up question shown only while the form's field
  // `field` has that value ("Met wie dan?" after "Anders"). A follow-up with an error stays shown.
  function revealFollowUps() {
    document.querySelectorAll("[data-toon-bij]").forEach(function (box) {
      var rule = box.dataset.toonBij.split("=");
      var form = box.closest("form");
      var field = form && form.elements.namedItem(rule[0]);
      if (!field) { return; }
      function update() {
        var wrong = box.querySelector(".is-invalid");
        box.hidden = field.value !== rule[1] && !wrong;
      }
      field.addEventListener("change", update);
      update();
    });
  }

  // The follower of a running job (follow-job.js) replaced parts of the page: their bars too.
  document.addEventListener("archief:refreshed", showProgress);

  function ready() { showProgress(); revealFollowUps(); focusSummary(); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
