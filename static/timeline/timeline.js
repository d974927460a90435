// What htmx alone does not do for keyboard and screen-reader users of the timeline.
(function () {
  "use strict";

  var TOGGLE = "h4.title a[aria-controls]";

  // An event's title opens its evidence below it, and closes it again.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var link = event.detail.elt;
    if (!link.matches || !link.matches(TOGGLE) || link.getAttribute("aria-expanded") !== "true") return;
    event.preventDefault();
    var slot = document.getElementById(link.getAttribute("aria-controls"));
    if (slot) slot.replaceChildren();
    link.setAttribute("aria-expanded", "false");
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var link = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (link && link.matches && link.matches(TOGGLE)) link.setAttribute("aria-expanded", "true");
  });

  // "Load more" puts the focus on the first event it brought, where reading goes on.
  // (Other requests, the chart's say, may settle meanwhile: only this one's counts.)
  var moreLink = null;
  var shownBefore = 0;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var link = event.detail.elt;
    if (link.closest && link.closest("li.more")) {
      moreLink = link;
      shownBefore = document.querySelectorAll("li.event").length;
    }
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var config = event.detail.requestConfig;
    if (moreLink === null || !config || config.elt !== moreLink) return;
    moreLink = null;
    var first = document.querySelectorAll("li.event")[shownBefore];
    var title = first && first.querySelector(TOGGLE);
    if (title) title.focus();
  });

  // Typing in the form swaps only the results, whose notice names the values not understood:
  // a field it no longer names loses its old message, one it names is marked invalid.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (!target || target.id !== "results") return;
    var named = {};
    document.querySelectorAll("#results .notice li").forEach(function (item) {
      var link = item.querySelector("a[href^='#']");
      if (!link) return;
      // "From: “3/4/2025” is not a day…": the message after the field's name.
      named[link.getAttribute("href").slice(1)] = item.textContent.slice(link.textContent.length).replace(/^:\s*/, "");
    });
    document.querySelectorAll("#filters .field").forEach(function (field) {
      var control = field.querySelector("input[id], select[id]");
      if (!control) return;
      if (named[control.id] !== undefined) {
        var error = field.querySelector(".error");
        if (!error) {
          error = document.createElement("p");
          error.className = "error";
          error.id = control.id + "_error";
          field.appendChild(error);
        }
        error.textContent = named[control.id];
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", error.id);
        field.classList.add("invalid");
        return;
      }
      var message = field.querySelector(".error");
      if (message) message.remove();
      field.classList.remove("invalid");
      control.removeAttribute("aria-invalid");
      control.removeAttribute("aria-describedby");
    });
  });

  // A facet, a chart bar or "Clear all" replaces the whole timeline: when its results start
  // out of sight (a phone reader far down the counts), bring their start into view.
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (!target || target.id !== "timeline") return;
    var results = document.getElementById("chronology");
    if (!results) return;
    var top = results.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) results.scrollIntoView({block: "start"});
  });
})();
