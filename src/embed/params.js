// The embed parameters, validated in one place. This file is not served: the build inlines
// it into the page's <head> (embed.html and index.html: the URL's query) and into element.js
// (the element's attributes). A value that fails its check is ignored with a console warning;
// a value that passes is written as an attribute the stylesheet matches exactly, or as one
// CSS custom property checked to be a hex colour. Nothing is ever put into markup or CSS text.
function nrrApplyParams(target, get) {
  function valid(key, test) {
    var value = get(key);
    if (value == null) return null;
    if (test(value)) return value;
    console.warn("nrr-calculator: ignored " + key + "=" + JSON.stringify(String(value).slice(0, 80)));
    return null;
  }
  var SECTIONS = ["peers", "projection", "charts", "formulas", "sources"];
  var flag = function (v) { return v === "1" || v === "0" || v === "" || v === "true" || v === "false"; };
  var on = function (v) { return v === "1" || v === "" || v === "true"; };

  var theme = valid("theme", function (v) { return /^(light|dark|auto)$/.test(v); });
  if (theme && theme !== "auto") target.setAttribute("data-theme", theme);

  var accent = valid("accent", function (v) { return /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(v); });
  if (accent) {
    var hex = accent.replace("#", "");
    if (hex.length === 3) hex = hex.replace(/./g, "$&$&");
    // Button text in whichever of black and white reads better on the accent: relative
    // luminance (WCAG), where 0.179 is the point at which black starts to contrast more.
    var y = [0.2126, 0.7152, 0.0722].reduce(function (sum, weight, i) {
      var c = parseInt(hex.substr(2 * i, 2), 16) / 255;
      return sum + weight * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }, 0);
    target.style.setProperty("--rc-accent", "#" + hex);
    target.style.setProperty("--rc-accent-text", y > 0.179 ? "#000" : "#fff");
  }

  ["compact", "remember", "results"].forEach(function (key) {
    var value = valid(key, flag);
    if (value != null && on(value)) target.setAttribute("data-" + key, "");
  });

  var sections = valid("sections", function (v) {
    return v.split(",").every(function (s) { return SECTIONS.indexOf(s.trim()) >= 0; });
  });
  if (sections != null) {
    var shown = sections.split(",").map(function (s) { return s.trim(); });
    target.setAttribute("data-hide", SECTIONS.filter(function (s) { return shown.indexOf(s) < 0; }).join(" "));
  }
}
