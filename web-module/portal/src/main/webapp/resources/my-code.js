/*
 * The holder's code (issue 20 item 8): fetches the next code from the same origin a minute before
 * the one shown expires (the server says when, relative to its own clock, so a phone's wrong clock
 * does not matter), and on the button. A file: the platform's Content-Security-Policy runs no inline
 * script. On a failed fetch (offline, session over) it tries again in 15 seconds.
 */
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var image = document.getElementById('code');
    var button = document.getElementById('renew');
    var status = document.getElementById('renewStatus');
    var timer = null;
    if (!image) {
      return;
    }

    function schedule(inMillis) {
      window.clearTimeout(timer);
      timer = window.setTimeout(renew, Math.max(1000, inMillis));
    }

    function renew() {
      fetch(image.getAttribute('data-renew'), {
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { Accept: 'application/json' }
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (code) {
          image.src = 'data:image/png;base64,' + code.png;
          image.setAttribute('data-refresh-in', String(code.refreshInMillis));
          document.getElementById('holder').textContent = code.maskedName;
          document.getElementById('level').textContent = String(code.level);
          document.getElementById('expiresAt').textContent = code.expiresAtText;
          status.textContent = button.getAttribute('data-updated');
          schedule(code.refreshInMillis);
        })
        .catch(function () {
          schedule(15000);
        });
    }

    button.addEventListener('click', renew);
    schedule(Number(image.getAttribute('data-refresh-in')));
  });
})();
