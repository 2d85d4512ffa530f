// Served as ORIGIN/embed/results.js and imported by frame.js and element.js only when the
// host asked with results=1: the results an embed hands its host page, read from the public
// data-value contract once typing pauses. Returns a function that reads them now.
export function followResults(scope, send) {
  var FIELDS = {
    nrr: "result-nrr",
    grr: "result-grr",
    nrrAnnualised: "result-nrr-annualised",
    grrAnnualised: "result-grr-annualised",
    expansionRate: "result-expansion-rate",
    grossChurn: "result-gross-churn",
    netChurn: "result-net-churn",
    endingMrr: "result-ending-mrr",
    percentile: "result-percentile",
    grrPercentile: "result-grr-percentile",
  };
  var read = function () {
    var message = { type: "nrr-calculator:result" };
    Object.keys(FIELDS).forEach(function (key) {
      var element = scope.querySelector('[data-testid="' + FIELDS[key] + '"]');
      message[key] = element ? element.getAttribute("data-value") : null;
    });
    ["period", "currency"].forEach(function (key) {
      var select = scope.querySelector("#input-" + key);
      message[key] = select ? select.value : null;
    });
    return message;
  };
  var timer = 0;
  new MutationObserver(function () {
    clearTimeout(timer);
    timer = setTimeout(function () { send(read()); }, 300);
  }).observe(scope, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
  return read;
}
