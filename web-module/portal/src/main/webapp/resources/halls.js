/*
 * The halls page: picking a hall in the menu shows that hall's apps at once. A listener in a file
 * rather than an onchange attribute: the platform's Content-Security-Policy runs no inline script.
 */
document.addEventListener('change', function (event) {
  'use strict';
  if (event.target.id === 'pick:hall') {
    event.target.form.submit();
  }
});
