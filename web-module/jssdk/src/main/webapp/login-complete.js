/*
 * The end of the JSSDK's login window (index.js, openLogin): tells the light app's page that the
 * platform login is over and closes. The authorization code in the address is dropped unread:
 * the window exists for the single sign-on session it leaves, and only the page that opened it
 * holds the PKCE verifier that could redeem the code.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var message = {
    source: 'onewindow-jssdk',
    state: params.get('state'),
    error: params.get('error')
  };
  window.history.replaceState(null, '', window.location.pathname);
  if (window.opener) {
    // Carries no secret (the state is the opener's own random value); the opener checks this
    // page's origin.
    window.opener.postMessage(message, '*');
  }
  window.close();
})();
