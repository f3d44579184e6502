// Red-flag advice on the health step, shown the moment a red-flag question is answered "Yes",
// most urgent first, just below the question answered. Without this script the same advice
// appears on the next page, so nothing depends on it.
(function () {
  "use strict";
  var live = document.getElementById("red-flag-live");
  var inputs = document.querySelectorAll("input[data-red-flag-urgency]");
  if (!live || !inputs.length) return;

  function chosenUrgencies() {
    var chosen = {};
    inputs.forEach(function (input) {
      if (input.checked && input.value === "yes") chosen[input.dataset.redFlagUrgency] = true;
    });
    return chosen;
  }

  function show(afterInput) {
    var chosen = chosenUrgencies();
    live.querySelectorAll("[data-red-flag-advice]").forEach(function (block) {
      block.hidden = !chosen[block.dataset.redFlagAdvice];
    });
    if (afterInput && afterInput.value === "yes") {
      var question = afterInput.closest("fieldset") || afterInput.parentNode;
      question.after(live);
    }
  }

  inputs.forEach(function (input) {
    input.addEventListener("change", function () { show(input); });
  });
  show(null);
})();
