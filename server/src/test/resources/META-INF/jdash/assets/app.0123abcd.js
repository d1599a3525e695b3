window.dash_clientside = window.dash_clientside || {};
