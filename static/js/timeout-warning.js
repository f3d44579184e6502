/*
 * The warning before an unfinished intake's answers are deleted for inactivity (WCAG 2.2.1).
 *
 * A few minutes before the session ends, the page opens its alert dialog (focus moves into it,
 * and screen readers announce its title and text). "Keep going" (or Escape) asks the server to
 * start the session's time again and closes the dialog; "Save and come back later" sends the
 * step's form to the save page. While it is open the time left counts down (minutes, then
 * seconds in the last minute); when it reaches nothing the answers are gone, and the page for
 * that takes over. Without this script the dialog stays closed and the form works as before.
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
  var goneUrl = dialog.getAttribute("data-gone-url");
  var timer = null;
  var ticker = null;
  var deadline = 0;

  // Whole minutes rounded down, so the words never promise more time than there is; seconds
  // in the last minute.
  // In the page's language (<html lang>), by the browser's own plural rules.
  function amount(count, unit) {
    try {
      var words = { style: "unit", unit: unit, unitDisplay: "long" };
      return new Intl.NumberFormat(document.documentElement.lang || "en", words).format(count);
    } catch (error) {
      return count + " " + unit + (count === 1 ? "" : "s");
    }
  }

  function inWords(seconds) {
    if (seconds >= 60) {
      return amount(Math.floor(seconds / 60), "minute");
    }
    var whole = Math.max(1, Math.ceil(seconds));
    if (whole === 60) {
      return amount(1, "minute");
    }
    return amount(whole, "second");
  }

  function schedule() {
    deadline = Date.now() + expiresIn * 1000;
    window.clearTimeout(timer);
    window.clearInterval(ticker);
    timer = window.setTimeout(warn, Math.max(0, expiresIn - warnBefore) * 1000);
  }

  // The time left, brought up to date; at nothing, the answers are gone.
  function tick() {
    var secondsLeft = (deadline - Date.now()) / 1000;
    if (secondsLeft <= 0) {
      window.clearInterval(ticker);
      window.location.assign(goneUrl);
      return;
    }
    left.textContent = inWords(secondsLeft);
  }

  function warn() {
    tick();
    ticker = window.setInterval(tick, 1000);
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
          window.location.assign(goneUrl);
          return;
        }
        if (!response.ok) {
          throw new Error("keep-alive answered " + response.status);
        }
        dialog.close();
        schedule();
      })
      .catch(function () {
        // Offline or the server did not answer: the dialog stays, still counting down, so the
        // patient can try again or save.
        tick();
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
