// Forum: up-vote without reloading the page. The vote forms work without this script (plain POST with
// CSRF); here we send the same form with fetch, ask for JSON, and update the count and pressed state.
(function () {
  "use strict";
  var toast = document.querySelector("[data-toast]");

  function say(message) {
    if (!toast || !message) { return; }
    toast.textContent = message;
    toast.hidden = false;
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(function () { toast.hidden = true; }, 4000);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-vote-form]") || !window.fetch) { return; }
    event.preventDefault();
    var box = form.closest("[data-vote-box]");
    var button = form.querySelector("button");
    var up = form.querySelector("[data-vote-up]");
    if (box.classList.contains("is-busy")) { return; }
    box.classList.add("is-busy");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      var data = result.data || {};
      if (typeof data.score === "number") {
        box.querySelector("[data-vote-n]").textContent = String(data.score);
      }
      if (result.ok) {
        var voted = !!data.voted;
        button.setAttribute("aria-pressed", voted ? "true" : "false");
        up.value = voted ? "0" : "1";
        var label = box.querySelector("[data-vote-label]");
        if (label) { label.textContent = button.getAttribute(voted ? "data-label-on" : "data-label-off"); }
      }
      say(data.message);
    }).catch(function () {
      form.submit();  // network trouble: fall back to the plain form
    }).then(function () {
      box.classList.remove("is-busy");
    });
  });
})();
