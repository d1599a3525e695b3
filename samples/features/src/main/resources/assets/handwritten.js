// A clientside callback written by hand, declared with ClientsideCallback in FeaturesApp: the baseline the
// compiled one is measured against.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  handwritten: {
    same: function (clicks) {
      return 'clicked ' + (clicks == null ? 0 : clicks);
    }
  }
});
