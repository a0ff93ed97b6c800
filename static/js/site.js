// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var toggle = document.querySelector("[data-nav-toggle]");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        nav.classList.remove("is-open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
  // On phones the filter panel starts closed (unless a filter is set) so results come first.
  if (window.matchMedia("(max-width: 860px)").matches) {
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (details) {
      var active = Array.prototype.some.call(details.querySelectorAll("select, input[type=text]"), function (f) { return f.value; }) ||
        details.querySelector("input[type=checkbox]:checked");
      if (!active) { details.removeAttribute("open"); }
    });
  }
  // Auto-submit filter forms when a select changes (the submit button stays for keyboard users).
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); });
  });
  // Skill suggestions: fill the datalist from the server as the person types the last skill.
  var skillInput = document.querySelector("[data-skill-input]");
  var list = document.getElementById("skill-suggestions");
  if (skillInput && list && skillInput.dataset.suggestUrl) {
    var timer;
    skillInput.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var parts = skillInput.value.split(",");
        var last = parts.pop().trim();
        if (last.length < 1) { return; }
        fetch(skillInput.dataset.suggestUrl + "?q=" + encodeURIComponent(last), { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            var prefix = parts.length ? parts.map(function (p) { return p.trim(); }).join(", ") + ", " : "";
            list.innerHTML = "";
            data.results.forEach(function (name) {
              var option = document.createElement("option");
              option.value = prefix + name;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }
})();
