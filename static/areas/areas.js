/* Areas of an image to black out: shared by the Woo assessment page and Informatiebeheer's
 * review page (progressive enhancement; the area form also works without it).
 *
 * - Areas already blacked out (.woo-area[data-x], fractions) are drawn over their image.
 * - Dragging over an image (.woo-shot[data-media]) fills the fields of its area form
 *   (.woo-area-form[data-media], percentages x, y, breedte, hoogte) and shows the area.
 */
(function () {
  "use strict";

  function place(box, x, y, w, h) {
    box.style.left = x * 100 + "%";
    box.style.top = y * 100 + "%";
    box.style.width = w * 100 + "%";
    box.style.height = h * 100 + "%";
  }

  document.querySelectorAll(".woo-area[data-x]").forEach(function (box) {
    place(box, +box.dataset.x, +box.dataset.y, +box.dataset.w, +box.dataset.h);
  });

  document.querySelectorAll(".woo-shot[data-media]").forEach(function (shot) {
    var form = document.querySelector('.woo-area-form[data-media="' + shot.dataset.media + '"]');
    if (!form) {
      return;
    }
    var preview = null;
    var origin = null;

    // Fractions of the image itself (not of its box, which may be wider).
    var image = shot.querySelector("img") || shot;

    function point(event) {
      var rect = image.getBoundingClientRect();
      return {
        x: Math.min(Math.max((event.clientX - rect.left) / rect.width, 0), 1),
        y: Math.min(Math.max((event.clientY - rect.top) / rect.height, 0), 1)
      };
    }

    function update(event) {
      var now = point(event);
      var x = Math.min(origin.x, now.x), y = Math.min(origin.y, now.y);
      var w = Math.abs(now.x - origin.x), h = Math.abs(now.y - origin.y);
      place(preview, x, y, w, h);
      form.elements.x.value = (x * 100).toFixed(1);
      form.elements.y.value = (y * 100).toFixed(1);
      form.elements.breedte.value = Math.max(w * 100, 0.1).toFixed(1);
      form.elements.hoogte.value = Math.max(h * 100, 0.1).toFixed(1);
    }

    shot.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      // A form folded away (the review page) opens, so the measures dragged are in view.
      var holder = form.closest("details");
      if (holder) {
        holder.open = true;
      }
      origin = point(event);
      if (!preview) {
        preview = document.createElement("div");
        preview.className = "woo-area woo-area-new";
        shot.appendChild(preview);
      }
      shot.setPointerCapture(event.pointerId);
      update(event);
    });
    shot.addEventListener("pointermove", function (event) {
      if (origin) {
        update(event);
      }
    });
    shot.addEventListener("pointerup", function (event) {
      if (origin) {
        update(event);
        origin = null;
      }
    });
  });
})();
