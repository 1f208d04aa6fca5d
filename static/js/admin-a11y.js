// Accessibility repairs of Django admin widgets that build their markup in the browser. Loaded
// (deferred) by admin/base_site.html; a page that waits for the worker follows it with
// follow-job.js, as the site's pages do.
(function () {
  "use strict";

  // Select2 autocompletes (autocomplete_fields and the review page's zaak): the combobox gets
  // the name of its field's label; Select2 itself names it after its (empty) placeholder.
  function labelAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) { return; }
      var label = select.id ? document.querySelector("label[for='" + select.id + "']") : null;
      var name = label ? label.textContent.replace(/[:*]\s*$/, "").trim() : select.name;
      var box = container.querySelector(".select2-selection");
      var rendered = container.querySelector(".select2-selection__rendered");
      if (box) { box.setAttribute("aria-label", name); box.removeAttribute("aria-labelledby"); }
      if (rendered) { rendered.setAttribute("aria-label", name); }
    });
  }

  // An open autocomplete: the combobox points at its list of results (only while that list
  // is in the page) and the search box inside the list has the field's name.
  function onOpen(select) {
    var container = select.nextElementSibling;
    var box = container && container.querySelector(".select2-selection");
    var results = document.getElementById("select2-" + select.id + "-results");
    var search = document.querySelector(".select2-container--open .select2-search__field");
    if (box && results) { box.setAttribute("aria-controls", results.id); }
    if (search && box) { search.setAttribute("aria-label", "Zoeken: " + box.getAttribute("aria-label")); }
  }
  function onClose(select) {
    var container = select.nextElementSibling;
    var box = container && container.querySelector(".select2-selection");
    if (box) { box.removeAttribute("aria-controls"); }
  }
  if (window.django && window.django.jQuery) {
    window.django.jQuery(document)
      .on("select2:open", "select.admin-autocomplete", function () { onOpen(this); })
      .on("select2:close", "select.admin-autocomplete", function () { onClose(this); });
  }

  // SelectFilter (filter_horizontal): the search icon carries an aria-label on a bare span,
  // which is not allowed; as an image it may have one.
  function nameIcons() {
    document.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  // The changelist's search field is named by Django's icon, whose alt text is English.
  function nameSearchField() {
    document.querySelectorAll("label[for='searchbar'] img[alt='Search']").forEach(function (icon) {
      icon.setAttribute("alt", "Zoeken");
    });
  }

  // A refusal ("Deze zaak heeft nog geen resultaat ...") takes focus, as the site's error
  // summary does: after a redirect to an #anchor it sat above the viewport, and nobody heard it.
  // A refused change form puts focus on its first invalid field (the field's description names
  // the error); Django's add form would put it on the first field, wherever the error is.
  function focusRefusal() {
    var invalid = document.querySelector(".errornote") && document.querySelector("#content [aria-invalid='true']");
    if (invalid) { invalid.focus(); return; }
    var error = document.querySelector("ul.messagelist li.error");
    if (!error) { return; }
    error.parentElement.setAttribute("tabindex", "-1");
    error.parentElement.focus();
  }

  // A page's own skip link (the review page's "Naar het gesprek") is the first stop of Tab.
  // Django's admin/base.html puts its "Naar hoofdinhoud" first, with no block before it; without
  // JavaScript the page's link is the first stop of its content.
  function skipLinksFirst() {
    var links = document.querySelectorAll("a[data-skip-link]");
    for (var i = links.length - 1; i >= 0; i -= 1) {
      document.body.insertBefore(links[i], document.body.firstChild);
    }
  }

  skipLinksFirst();
  function repair() { labelAutocompletes(); nameIcons(); nameSearchField(); }
  document.addEventListener("DOMContentLoaded", repair);
  // The admin's own widgets are built on DOMContentLoaded and load; repair after them, and after
  // an inline row is added.
  window.addEventListener("load", function () { window.setTimeout(repair, 0); });
  // After the browser has scrolled to the address's #anchor (which resets focus).
  window.addEventListener("load", function () { window.setTimeout(focusRefusal, 0); });
  document.addEventListener("formset:added", function () { window.setTimeout(repair, 0); });
})();
