/*
 * OneWindow light-app JSSDK (GB/T "全国一体化政务服务平台 移动端" 000 9.2.2–9.2.5).
 *
 *   <script src="https://PLATFORM/jssdk/index.js" data-app-id="YOUR-APP-ID"></script>
 *
 *   lightAppJssdk.user.getTicket({success: fn, fail: fn});  // 9.2.3
 *   lightAppJssdk.user.loginapp({success: fn, fail: fn});   // 9.2.4
 *   lightAppJssdk.user.logout({success: fn, fail: fn});     // 9.2.5
 *
 * Every callback receives {ticket, result, message} (示例3; result is the string "true" or
 * "false"); loginapp's also carries the capitalised names of 示例5. The ticket is one-time and
 * short-lived: hand it to your backend at once, which trades it for the user's SM4-sealed info with
 * an SM2-signed request (docs/wire-formats.md §2, "The sealed user-info ticket"; README "JSSDK user-info tickets").
 *
 * The app id is the app's client id on the platform; the page's origin must be one the app
 * registered, or the platform refuses to answer it. lightAppJssdk.config({appId}) sets it when the
 * script tag cannot.
 *
 * Written by the platform at start (JssdkServlet): the two constants below are its addresses.
 */
(function (global) {
  'use strict';

  var REALM_URL = __ONEWINDOW_REALM_URL__;
  var LOGIN_CLIENT = __ONEWINDOW_LOGIN_CLIENT__;
  var TICKETS_URL = REALM_URL + '/onewindow-tickets';

  // 000 9.2.4: what loginapp answers, and only this, when the user is already logged in.
  var ALREADY_LOGGED_IN = '当前全国一体化政务服务平台移动端已登录';
  var NO_APP_ID = '未配置应用标识：请在脚本标签上写 data-app-id，或调用 lightAppJssdk.config';
  var UNREACHABLE = '无法连接全国一体化政务服务平台，请稍后重试';
  var POPUP_BLOCKED = '登录窗口被浏览器拦截，请允许弹出窗口后重试';
  var LOGIN_CANCELLED = '用户未完成登录';
  var NO_SECURE_CONTEXT = '当前页面不是安全上下文（HTTPS），无法发起登录';

  var script = document.currentScript;
  var sdkBase = script ? new URL('.', script.src).href : null;
  var settings = { appId: script ? script.getAttribute('data-app-id') : null };

  function reply(ticket, ok, message) {
    return { ticket: ticket || '', result: ok ? 'true' : 'false', message: message || '' };
  }

  /** 示例5 names its fields Ticket / Result / Message: loginapp answers with both spellings. */
  function loginReply(data) {
    data.Ticket = data.ticket;
    data.Result = data.result;
    data.Message = data.message;
    return data;
  }

  function settle(callbacks, data, shape) {
    var answer = shape ? shape(data) : data;
    var callback = callbacks && (data.result === 'true' ? callbacks.success : callbacks.fail);
    if (typeof callback === 'function') {
      callback(answer);
    }
  }

  /** Calls a ticket endpoint with the user's platform cookie; resolves {status, body}. */
  function call(method, path) {
    if (!settings.appId) {
      return Promise.reject(new Error(NO_APP_ID));
    }
    var url = TICKETS_URL + '/' + path + '?app=' + encodeURIComponent(settings.appId);
    return fetch(url, {
      method: method,
      credentials: 'include',
      headers: { Accept: 'application/json' }
    }).then(
      function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (body) {
            return { status: response.status, body: body || {} };
          });
      },
      function () {
        throw new Error(UNREACHABLE);
      }
    );
  }

  function messageOf(reply) {
    return (reply.body && reply.body.msg) || '请求失败（HTTP ' + reply.status + '）';
  }

  /** 000 9.2.3: a one-time ticket for the logged-in user and this app. */
  function getTicket(callbacks, shape) {
    call('POST', 'tickets').then(
      function (answer) {
        var data = answer.body.data;
        if (answer.status === 200 && data && data.ticket) {
          settle(callbacks, reply(data.ticket, true), shape);
        } else {
          settle(callbacks, reply('', false, messageOf(answer)), shape);
        }
      },
      function (error) {
        settle(callbacks, reply('', false, error.message), shape);
      }
    );
  }

  function loggedIn() {
    return call('GET', 'session').then(function (answer) {
      if (answer.status !== 200) {
        throw new Error(messageOf(answer));
      }
      return answer.body.data && answer.body.data.loggedIn === 'true';
    });
  }

  function randomText(bytes) {
    var buffer = new Uint8Array(bytes);
    global.crypto.getRandomValues(buffer);
    return base64Url(buffer);
  }

  function base64Url(buffer) {
    var text = '';
    for (var i = 0; i < buffer.length; i++) {
      text += String.fromCharCode(buffer[i]);
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  /**
   * The platform's login page in a window of its own, for the public client onewindow-jssdk with
   * PKCE (S256). The window's only purpose is the single sign-on session it leaves behind: the
   * code it returns is never redeemed, and the verifier that could redeem it is dropped here.
   */
  function openLogin() {
    if (!global.crypto || !global.crypto.subtle) {
      return Promise.reject(new Error(NO_SECURE_CONTEXT));
    }
    var state = randomText(16);
    var verifier = randomText(32);
    var popup = global.open('', 'onewindow-login', 'width=480,height=640');
    if (!popup) {
      return Promise.reject(new Error(POPUP_BLOCKED));
    }
    return global.crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(verifier))
      .then(function (digest) {
        popup.location.href =
          REALM_URL +
          '/protocol/openid-connect/auth?response_type=code&scope=openid' +
          '&client_id=' + encodeURIComponent(LOGIN_CLIENT) +
          '&redirect_uri=' + encodeURIComponent(sdkBase + 'login-complete.html') +
          '&state=' + encodeURIComponent(state) +
          '&code_challenge=' + base64Url(new Uint8Array(digest)) +
          '&code_challenge_method=S256&ui_locales=zh-CN';
        return waitForLogin(popup, state);
      });
  }

  /** Resolves when the login window reports back (login-complete.html) or is closed. */
  function waitForLogin(popup, state) {
    var sdkOrigin = new URL(sdkBase).origin;
    return new Promise(function (resolve, reject) {
      var finished = false;
      function finish(error) {
        if (finished) {
          return;
        }
        finished = true;
        global.removeEventListener('message', onMessage);
        global.clearInterval(watcher);
        if (error) {
          reject(error);
        } else {
          resolve();
        }
      }
      function onMessage(event) {
        var data = event.data;
        if (event.origin !== sdkOrigin || !data || data.source !== 'onewindow-jssdk') {
          return;
        }
        if (data.state !== state) {
          return;
        }
        finish(data.error ? new Error(LOGIN_CANCELLED) : null);
      }
      // Closed by the user: logged in or not, the platform's session answers.
      var watcher = global.setInterval(function () {
        if (popup.closed) {
          loggedIn().then(
            function (yes) {
              finish(yes ? null : new Error(LOGIN_CANCELLED));
            },
            function (error) {
              finish(error);
            }
          );
        }
      }, 500);
      global.addEventListener('message', onMessage);
    });
  }

  /** 000 9.2.4: log in at the platform, then the ticket; if already logged in, only say so. */
  function loginapp(callbacks) {
    loggedIn()
      .then(function (yes) {
        if (yes) {
          settle(callbacks, reply('', true, ALREADY_LOGGED_IN), loginReply);
          return;
        }
        return openLogin().then(function () {
          getTicket(callbacks, loginReply);
        });
      })
      .catch(function (error) {
        settle(callbacks, reply('', false, error.message), loginReply);
      });
  }

  /** 000 9.2.5: ends the user's platform session, and with it every app's and console's. */
  function logout(callbacks) {
    call('POST', 'logout').then(
      function (answer) {
        settle(callbacks, reply('', answer.status === 200, answer.status === 200 ? '' : messageOf(answer)));
      },
      function (error) {
        settle(callbacks, reply('', false, error.message));
      }
    );
  }

  global.lightAppJssdk = {
    version: '1.0.0',
    config: function (options) {
      if (options && options.appId) {
        settings.appId = String(options.appId);
      }
    },
    user: { getTicket: getTicket, loginapp: loginapp, logout: logout }
  };
})(window);
