// Body picture for "Where do you feel it?": an optional enhancement of the checkbox list.
// Each shape toggles the checkbox for its region; both stay in step. Click, tap, or focus a
// shape with Tab and press Space or Enter. Without this script the list alone does the job.
(function () {
  "use strict";
  var map = document.querySelector("[data-body-map]");
  if (!map) return;
  var boxes = {};
  document.querySelectorAll('.body-map-options input[type="checkbox"]').forEach(function (box) {
    boxes[box.value] = box;
  });
  var shapes = map.querySelectorAll("[data-region]");

  function labelOf(box) {
    var label = document.querySelector('label[for="' + box.id + '"]');
    return label ? label.textContent.trim() : box.value;
  }

  function sync() {
    shapes.forEach(function (shape) {
      var box = boxes[shape.dataset.region];
      var on = Boolean(box && box.checked);
      shape.setAttribute("aria-checked", on ? "true" : "false");
      shape.classList.toggle("is-selected", on);
    });
  }

  function toggle(shape) {
    var box = boxes[shape.dataset.region];
    if (!box) return;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  shapes.forEach(function (shape) {
    var box = boxes[shape.dataset.region];
    if (!box) return;
    shape.setAttribute("role", "checkbox");
    shape.setAttribute("tabindex", "0");
    shape.setAttribute("aria-label", labelOf(box) + ", " + shape.dataset.view + " of body");
    shape.addEventListener("click", function () { toggle(shape); });
    shape.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        toggle(shape);
      }
    });
  });
  Object.keys(boxes).forEach(function (region) {
    boxes[region].addEventListener("change", sync);
  });
  map.hidden = false;
  sync();
})();
