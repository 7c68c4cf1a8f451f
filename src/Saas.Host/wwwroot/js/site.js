// Behaviour that used to sit in inline on* attributes: the Content-Security-Policy allows scripts from this origin
// only, so pages mark elements with data attributes and this file wires them up.
(function () {
  "use strict";
  // <select data-autosubmit>: choosing an option reloads the form (year of a register book, procedure of a form).
  document.addEventListener("change", function (e) {
    var el = e.target;
    if (el instanceof HTMLSelectElement && el.hasAttribute("data-autosubmit") && el.form) {
      el.form.submit();
    }
  });
  // <button data-print>: prints the page (slips, register books).
  document.addEventListener("click", function (e) {
    var el = e.target instanceof Element ? e.target.closest("[data-print]") : null;
    if (el) {
      e.preventDefault();
      window.print();
    }
  });
})();
