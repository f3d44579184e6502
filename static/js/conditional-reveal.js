// "If yes, give details" on the health step and the follow-up questions (the GOV.UK conditional
// reveal): each detail box is shown only while "Yes" is chosen for its question. Without this script every box is shown,
// and the server ignores a detail given with "No", so nothing depends on it.
(function () {
  "use strict";
  document.querySelectorAll(".screening-question").forEach(function (question) {
    var detail = question.querySelector(".screening-detail");
    var radios = question.querySelectorAll('input[type="radio"]');
    if (!detail || !radios.length) return;

    function update() {
      var yes = question.querySelector('input[type="radio"][value="yes"]:checked');
      detail.hidden = !yes;
    }

    radios.forEach(function (radio) {
      if (radio.value === "yes") radio.setAttribute("aria-controls", detail.id);
      radio.addEventListener("change", update);
    });
    update();
  });
})();
