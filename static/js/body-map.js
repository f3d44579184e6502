// Body picture for "Where do you feel it?": an optional enhancement of the checkbox list.
// Each shape toggles the checkbox for its region; both stay in step. The picture is for pointer
// and touch only: it is hidden from assistive technology and out of the Tab order, because the
// labelled checkboxes already are the keyboard path. Without this script the list does the job.
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
    shape.addEventListener("click", function () { toggle(shape); });
    var title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = labelOf(box);  // a tooltip for mouse users
    shape.prepend(title);
  });
  Object.keys(boxes).forEach(function (region) {
    boxes[region].addEventListener("change", sync);
  });
  map.hidden = false;
  sync();
})();
