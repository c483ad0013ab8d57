// The ticket exchange and the sealed user info against the real platform (000 9.2.1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RequestSigner, TicketOpener, TicketRejectedError, exchangeTicket, fetchPlatformKey } from '../../src/index.js';
import { env } from './env.js';

const signer = new RequestSigner({ appKey: env.appKey, privateKey: env.appPrivateKeyPem });

test("exchange and open a ticket: the user's claims, once", async () => {
  const platformKey = await fetchPlatformKey(`${env.ticketsUrl}/platform-key`);
  // The app id in the ticket is the app key the platform issued.
  const opener = new TicketOpener({ platformKey, appId: env.appKey, sm4Key: env.appSm4KeyHex });

  const sealed = await exchangeTicket(`${env.ticketsUrl}/exchanges`, env.ticket, signer);
  assert.ok(!sealed.includes(env.username), 'user info travels sealed');

  // Another app, or this app with a wrong SM4 key, cannot read it.
  const rejected = (check) => (e) => e instanceof TicketRejectedError && e.check === check;
  const otherApp = new TicketOpener({ platformKey, appId: 'some-other-app', sm4Key: env.appSm4KeyHex });
  assert.throws(() => otherApp.open(sealed), rejected('WRONG_APP'));
  const wrongKey = new TicketOpener({ platformKey, appId: env.appKey, sm4Key: '00'.repeat(16) });
  assert.throws(() => wrongKey.open(sealed), rejected('DECRYPTION_FAILED'));

  const opened = opener.open(sealed);
  assert.equal(opened.appId, env.appKey);
  assert.ok(opened.claims.userId, JSON.stringify(Object.keys(opened.claims)));
  // The login name is never handed to an app (003 6.3.2.1 c); the user agreed once (000 10.3 h).
  assert.equal(opened.claims.username, undefined);
  assert.ok(opened.expiresAt > opened.issuedAt);

  // The same sealed answer again: the app's own single-use check.
  assert.throws(() => opener.open(sealed), rejected('REPLAYED'));

  // The same one-time ticket again: the platform's (003 Annex A 10005 授权码无效).
  await assert.rejects(exchangeTicket(`${env.ticketsUrl}/exchanges`, env.ticket, signer), (e) => {
    assert.equal(e.status, 400);
    assert.equal(e.code, 10005);
    return true;
  });
});

test('a version 2 answer (?claims=json) opens to the same claims', async () => {
  const platformKey = await fetchPlatformKey(`${env.ticketsUrl}/platform-key`);
  const opener = new TicketOpener({ platformKey, appId: env.appKey, sm4Key: env.appSm4KeyHex });
  const sealed = await exchangeTicket(`${env.ticketsUrl}/exchanges`, env.ticketForJson, signer, { claims: 'json' });
  const opened = opener.open(sealed);
  assert.equal(opened.version, 2);
  assert.equal(opened.claims.username, undefined);
  assert.ok(opened.claims.userId);
});
