/*
 * DEMO light app page: asks the JSSDK for a ticket (000 9.2.3), hands it to this app's backend,
 * which trades it at the platform and answers the user's info masked. Writes text only (never
 * HTML), so nothing the platform or the user sends can run here.
 */
(function () {
  'use strict';

  var status = document.getElementById('status');
  var userView = document.getElementById('user');
  var loginButton = document.getElementById('login');
  var logoutButton = document.getElementById('logout');
  var consent = document.getElementById('consent');

  /** 003 Annex A 10008 用户未授权: the user has not agreed that this app may have their data. */
  var NOT_AUTHORIZED = 10008;

  function showUser(user) {
    document.getElementById('user-name').textContent = user.name || '未实名';
    document.getElementById('user-mobile').textContent = user.mobile || '未登记';
    document.getElementById('user-level').textContent = user.realNameLevel || '1';
    status.textContent = '已登录';
    userView.hidden = false;
    loginButton.hidden = true;
    logoutButton.hidden = false;
    consent.hidden = true;
  }

  function showSignedOut(message) {
    status.textContent = message;
    userView.hidden = true;
    loginButton.hidden = false;
    logoutButton.hidden = true;
    consent.hidden = true;
  }

  /** Signed in at the platform, but no consent for this app yet: the way to give it. */
  function showConsentNeeded(message) {
    showSignedOut(message);
    loginButton.hidden = true;
    logoutButton.hidden = false;
    consent.hidden = false;
  }

  function openSession(ticket) {
    fetch('api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticket: ticket })
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (body.code === 0) {
          showUser(body.data);
        } else if (body.code === NOT_AUTHORIZED) {
          showConsentNeeded(body.msg);
        } else {
          showSignedOut(body.msg);
        }
      })
      .catch(function () {
        showSignedOut('应用暂不可用，请稍后重试');
      });
  }

  function start() {
    lightAppJssdk.user.getTicket({
      success: function (data) {
        openSession(data.ticket);
      },
      fail: function (data) {
        // Not logged in at the platform (or it refused this page): drop this app's session too.
        fetch('api/session', { method: 'DELETE' });
        showSignedOut(data.message);
      }
    });
  }

  loginButton.addEventListener('click', function () {
    lightAppJssdk.user.loginapp({
      success: function (data) {
        if (data.ticket) {
          openSession(data.ticket);
        } else {
          // 000 9.2.4: already logged in; the message says so. Ask for a ticket as usual.
          status.textContent = data.message;
          start();
        }
      },
      fail: function (data) {
        showSignedOut(data.message);
      }
    });
  });

  logoutButton.addEventListener('click', function () {
    lightAppJssdk.user.logout({
      success: function () {
        fetch('api/session', { method: 'DELETE' }).then(function () {
          showSignedOut('已退出登录');
        });
      },
      fail: function (data) {
        status.textContent = data.message;
      }
    });
  });

  start();
})();
