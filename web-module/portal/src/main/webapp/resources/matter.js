/*
 * A matter's page: the print and copy-link buttons. They need script, so they start hidden and
 * this file shows them; without script the address stays selectable in its field and the browser
 * prints the page (print.css) all the same. A file, not inline handlers: the platform's
 * Content-Security-Policy runs no inline script.
 */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var print = document.getElementById('printPage');
  var copy = document.getElementById('copyLink');
  var field = document.getElementById('shareUrl');
  var status = document.getElementById('copied');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  if (copy && field) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var done = function () { status.textContent = status.getAttribute('data-done'); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          field.select();
        });
      } else {
        field.select();
        if (document.execCommand('copy')) {
          done();
        }
      }
    });
  }
});
