/*
 * Portal search: suggestions as one types in the header's search box (001 7.4). A file, not inline
 * script: the platform's Content-Security-Policy runs none. Asks /api/v1/search/suggestions after a
 * short pause, shows the names as a list of links to the results page; arrow keys move through
 * them, Escape closes them. Names are set as text, never as HTML.
 */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var input = document.getElementById('headerQ');
  var list = document.getElementById('headerSuggestions');
  if (!input || !list) {
    return;
  }
  var url = input.getAttribute('data-suggest-url');
  var base = input.form.getAttribute('action');
  var timer = null;
  var asked = '';

  function close() {
    list.hidden = true;
    list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
  }

  function show(names) {
    list.textContent = '';
    names.forEach(function (name, i) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.id = 'headerSuggestion' + i;
      var link = document.createElement('a');
      link.className = 'ow-suggestion';
      link.href = base + '?q=' + encodeURIComponent(name);
      link.textContent = name;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = names.length === 0;
    input.setAttribute('aria-expanded', names.length > 0 ? 'true' : 'false');
  }

  function ask() {
    var typed = input.value.trim();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (typed === '') {
      close();
      return;
    }
    fetch(url + '?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (input.value.trim() === typed) {
          show(body && body.code === 0 && Array.isArray(body.data) ? body.data : []);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (event) {
    var links = list.querySelectorAll('a');
    var at = Array.prototype.indexOf.call(links, document.activeElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[0].focus();
    } else if (event.key === 'Escape') {
      close();
    }
    return at;
  });
  list.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at > 0) {
        links[at - 1].focus();
      } else {
        input.focus();
      }
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!input.form.contains(event.target)) {
      close();
    }
  });
});
