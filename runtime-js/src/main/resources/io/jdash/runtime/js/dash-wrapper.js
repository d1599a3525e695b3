(function () {
var $exports = {};
(function (exports) {
/*@teavm@*/
})($exports);
var names = /*@names@*/;
var dc = window["dash_clientside"] = window["dash_clientside"] || {};
var ns = dc[/*@namespace@*/] = dc[/*@namespace@*/] || {};
for (var i = 0; i < names.length; i++) {
  ns[names[i]] = $exports[names[i]];
}
/*@memo@*/
})();
