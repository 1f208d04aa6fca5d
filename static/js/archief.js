// Behaviour of the Bootstrap pages that would otherwise need inline script or style attributes,
// which the Content-Security-Policy forbids (script-src 'self', style-src 'self').
(function () {
  "use strict";

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
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showProgress);
  } else {
    showProgress();
  }
})();
