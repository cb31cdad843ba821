// Keyboard navigation of the review queue: j / ArrowDown and k / ArrowUp move the selection, Enter opens the case.
// No inline script anywhere (the Content-Security-Policy forbids it): this file is the pages' only script.
(function () {
  "use strict";
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#queue tbody tr[data-href]"));
  }
  function select(list, i) {
    list.forEach(function (r, j) {
      r.classList.toggle("selected", j === i);
      r.setAttribute("aria-selected", j === i ? "true" : "false");
    });
    if (list[i]) list[i].scrollIntoView({block: "nearest"});
  }
  function current(list) {
    for (var i = 0; i < list.length; i++) if (list[i].classList.contains("selected")) return i;
    return -1;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var list = rows();
    if (list.length === 0) return;
    select(list, 0);
    list.forEach(function (r, i) {
      r.addEventListener("click", function (e) {
        if (e.target.tagName !== "A") select(list, i);
      });
      r.addEventListener("dblclick", function () { window.location.assign(r.getAttribute("data-href")); });
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      var i = current(list);
      if (e.key === "j" || e.key === "ArrowDown") {
        select(list, Math.min(list.length - 1, i + 1));
        e.preventDefault();
      } else if (e.key === "k" || e.key === "ArrowUp") {
        select(list, Math.max(0, i - 1));
        e.preventDefault();
      } else if (e.key === "Enter" && i >= 0) {
        if (t && t.tagName === "A") return; // a focused link opens itself
        window.location.assign(list[i].getAttribute("data-href"));
        e.preventDefault();
      }
    });
  });
})();
