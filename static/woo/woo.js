/* Woo search: choosing a request applies at once (progressive enhancement).
 *
 * Without JavaScript the "Kiezen" button next to the dropdown submits the search form. With
 * it, a choice made with the mouse or on a touch screen submits straight away. Keyboard users
 * browse the options with the arrow keys without the page reloading on every step; Enter, or
 * leaving the dropdown, applies the choice (WCAG 3.2.2: no change of context on mere input).
 */
(function () {
  "use strict";
  document.querySelectorAll("select[data-submit-on-change]").forEach(function (select) {
    var form = select.form;
    if (!form) {
      return;
    }
    var applied = select.value;
    var browsingWithKeys = false;

    function apply() {
      if (select.value === applied) {
        return;
      }
      applied = select.value;
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }

    select.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        apply();
      } else if (event.key !== "Tab") {
        browsingWithKeys = true;
      }
    });
    select.addEventListener("pointerdown", function () {
      browsingWithKeys = false;
    });
    select.addEventListener("change", function () {
      if (!browsingWithKeys) {
        apply();
      }
    });
    select.addEventListener("blur", apply);
  });
})();
