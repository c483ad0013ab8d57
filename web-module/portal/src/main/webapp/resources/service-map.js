/*
 * The service map (issue 20 item 7): "use my position" asks the browser for the person's position
 * — only on their click, and the browser asks their permission — and shows the halls nearest to it;
 * picking an area, division or matter shows it at once. A file, not inline handlers: the platform's
 * Content-Security-Policy runs no inline script. Nothing leaves the page but the form's own GET.
 */
(function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function submit(clearPlace) {
    if (clearPlace) {
      byId('lat').value = '';
      byId('lng').value = '';
    }
    byId('filters').submit();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = byId('locate');
    var status = byId('locateStatus');
    if (button && navigator.geolocation) {
      button.hidden = false;
      button.addEventListener('click', function () {
        status.textContent = button.getAttribute('data-asking');
        navigator.geolocation.getCurrentPosition(
          function (position) {
            byId('lat').value = position.coords.latitude.toFixed(6);
            byId('lng').value = position.coords.longitude.toFixed(6);
            submit(false);
          },
          function () {
            status.textContent = button.getAttribute('data-refused');
          },
          { timeout: 15000, maximumAge: 60000 }
        );
      });
    }
    var area = byId('area');
    if (area) {
      area.addEventListener('change', function () {
        byId('division').value = '';
        submit(true);
      });
    }
    ['division', 'matter'].forEach(function (id) {
      var select = byId(id);
      if (select) {
        select.addEventListener('change', function () {
          submit(byId('lat').value === '' || byId('lng').value === '');
        });
      }
    });
  });
})();
