/* Discussion: post comments and replies without reloading the page. Without this script the forms post
   normally and the server redirects back to the new comment, so nothing here is required. */
(function () {
  "use strict";
  if (window.dxDiscussion) return;
  window.dxDiscussion = true;

  function announce(text) {
    var toast = document.querySelector("[data-toast]");
    if (!toast) return;
    toast.textContent = text;
    toast.hidden = false;
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { toast.hidden = true; }, 5000);
  }

  function showErrors(form, errors) {
    var box = form.querySelector("[data-form-errors]");
    if (!box) return;
    box.textContent = "";
    errors.forEach(function (message) {
      var p = document.createElement("p");
      p.textContent = message;
      box.appendChild(p);
    });
    box.hidden = errors.length === 0;
    var area = form.querySelector("textarea");
    if (area) {
      if (errors.length) { area.setAttribute("aria-invalid", "true"); area.focus(); }
      else { area.removeAttribute("aria-invalid"); }
    }
  }

  function insert(form, data) {
    var holder = document.createElement("div");
    holder.innerHTML = data.html;
    var article = holder.firstElementChild;
    var li = document.createElement("li");
    li.className = "comment-item";
    li.appendChild(article);
    var section = form.closest("[data-discussion]");
    if (data.parent) {
      var parentItem = document.getElementById("comment-" + data.parent);
      var list = parentItem && parentItem.parentElement.querySelector("[data-reply-list]");
      if (list) list.appendChild(li);
      var details = form.closest("details");
      if (details) details.open = false;
    } else {
      var empty = section.querySelector("[data-comment-empty]");
      if (empty) empty.remove();
      var replies = document.createElement("ol");
      replies.className = "reply-list";
      replies.setAttribute("data-reply-list", "");
      li.appendChild(replies);
      section.querySelector("[data-comment-list]").appendChild(li);
    }
    article.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-comment-form]") || !window.fetch) return;
    event.preventDefault();
    if (form.classList.contains("is-busy")) return;
    form.classList.add("is-busy");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      form.classList.remove("is-busy");
      if (result.data.ok) {
        showErrors(form, []);
        form.querySelector("textarea").value = "";
        insert(form, result.data);
        announce(form.getAttribute("data-posted") || "");
      } else {
        showErrors(form, result.data.errors || []);
      }
    }).catch(function () {
      // Anything unexpected (a login page, a network error): fall back to a normal post.
      form.classList.remove("is-busy");
      form.removeAttribute("data-comment-form");
      form.submit();
    });
  });
})();
