/*
 * The warning before an unfinished intake's answers are deleted for inactivity (WCAG 2.2.1).
 *
 * A few minutes before the session ends, the page opens its alert dialog (focus moves into it,
 * and screen readers announce its title and text). "Keep going" (or Escape) asks the server to
 * start the session's time again and closes the dialog; "Save and come back later" sends the
 * step's form to the save page. Without this script the dialog stays closed and the form works
 * as before.
 */
(function () {
  "use strict";

  var dialog = document.getElementById("timeout-warning");
  if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) {
    return;
  }
  var expiresIn = Number(dialog.getAttribute("data-expires-in"));
  var warnBefore = Number(dialog.getAttribute("data-warn-before"));
  var keepForm = dialog.querySelector(".timeout-dialog__keep");
  var left = dialog.querySelector(".timeout-dialog__left");
  var timer = null;
  var deadline = 0;

  function inWords(seconds) {
    var minutes = Math.max(1, Math.round(seconds / 60));
    return minutes === 1 ? "1 minute" : minutes + " minutes";
  }

  function schedule() {
    deadline = Date.now() + expiresIn * 1000;
    window.clearTimeout(timer);
    timer = window.setTimeout(warn, Math.max(0, expiresIn - warnBefore) * 1000);
  }

  function warn() {
    left.textContent = inWords((deadline - Date.now()) / 1000);
    dialog.showModal();
  }

  function keepGoing() {
    return window
      .fetch(keepForm.action, {
        method: "POST",
        body: new FormData(keepForm),
        credentials: "same-origin",
        headers: { Accept: "text/plain" },
      })
      .then(function (response) {
        if (response.status === 410) {
          // The answers are gone already: the page for that says what happened and what next.
          window.location.assign(dialog.getAttribute("data-gone-url"));
          return;
        }
        if (!response.ok) {
          throw new Error("keep-alive answered " + response.status);
        }
        dialog.close();
        schedule();
      })
      .catch(function () {
        // Offline or the server did not answer: the dialog stays, so the patient can try
        // again or save; the time left is brought up to date.
        left.textContent = inWords((deadline - Date.now()) / 1000);
      });
  }

  keepForm.addEventListener("submit", function (event) {
    event.preventDefault();
    keepGoing();
  });
  // Escape closes a modal dialog: take it as "keep going", not as leaving the answers to expire.
  dialog.addEventListener("cancel", function (event) {
    event.preventDefault();
    keepGoing();
  });

  schedule();
})();
