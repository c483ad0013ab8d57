// A signed gateway call against the real platform (docs/wire-formats.md §1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RequestSigner } from '../../src/index.js';
import { env } from './env.js';

const signer = new RequestSigner({ appKey: env.appKey, privateKey: env.appPrivateKeyPem });
const form = 'city=' + encodeURIComponent('北京') + '&q=110';
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

test("a signed call gets the upstream's answer", async () => {
  const reply = await signer.fetch(env.interfaceUrl, { method: 'POST', headers: FORM, body: form });
  assert.equal(reply.status, 200, reply.body);
  assert.equal(reply.json.process_response.result_code, '100', reply.body);
});

test('a call whose body changed after signing is refused, naming the failed check', async () => {
  const url = new URL(env.interfaceUrl);
  const headers = signer.sign({ method: 'POST', path: url.pathname, body: Buffer.from(form) });
  const tampered = form.replace('110', '111');
  const zh = await fetch(url, { method: 'POST', headers: { ...FORM, ...headers }, body: tampered });
  const zhBody = await zh.json();
  assert.equal(zh.status, 401);
  assert.equal(zhBody.code, 20001, JSON.stringify(zhBody));
  assert.match(zhBody.msg, /签名验证未通过/);

  const again = signer.sign({ method: 'POST', path: url.pathname, body: Buffer.from(form) });
  const en = await fetch(url, {
    method: 'POST',
    headers: { ...FORM, ...again, 'Accept-Language': 'en' },
    body: tampered,
  });
  const enBody = await en.json();
  assert.equal(enBody.code, 20001, JSON.stringify(enBody));
  assert.match(enBody.msg, /signature does not verify/);
});

test('a replayed call is refused as a reused nonce', async () => {
  const url = new URL(env.interfaceUrl);
  const headers = signer.sign({ method: 'POST', path: url.pathname, body: Buffer.from(form) });
  const send = () => fetch(url, { method: 'POST', headers: { ...FORM, ...headers, 'Accept-Language': 'en' }, body: form });
  assert.equal((await send()).status, 200);
  const replayed = await send();
  const body = await replayed.json();
  assert.equal(replayed.status, 401);
  assert.equal(body.code, 20001);
  assert.match(body.msg, /nonce X-OW-Nonce was used before/);
});

test('a call signed with a timestamp ten minutes old is refused with the server time', async () => {
  const url = new URL(env.interfaceUrl);
  const headers = signer.sign({ method: 'POST', path: url.pathname, body: Buffer.from(form), timestamp: Date.now() - 600_000 });
  const reply = await fetch(url, { method: 'POST', headers: { ...FORM, ...headers, 'Accept-Language': 'en' }, body: form });
  const body = await reply.json();
  assert.equal(body.code, 20001);
  assert.match(body.msg, /X-OW-Timestamp is not within 5 minutes of the server's time \(\d+ ms\)/);
});
