// The checks an app makes on a sealed ticket, each made to fail alone, in their order.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { InMemoryReplaySet, TicketOpener, TicketRejectedError, publicKeyOf } from '../../src/index.js';
import { claims, header, sealTicket } from '../sealer.js';

const PLATFORM = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';
const OTHER = 'a0c9e2a7d8b1f30c4e7a0e2ff1b1a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4';
const SM4 = randomBytes(16);
const APP = 'app-demo-0001';
const NOW = 1764979200000;

const opener = (options = {}) =>
  new TicketOpener({ platformKey: publicKeyOf(PLATFORM), appId: APP, sm4Key: SM4, clock: () => NOW, ...options });

const ticket = ({ version = 1, format = 2, appId = APP, issuedAt = NOW - 1000, expiresAt = NOW + 120_000, plaintext, key = SM4, signer = PLATFORM, ticketId } = {}) =>
  sealTicket({
    headerBytes: header({ version, format, appId, issuedAt, expiresAt, ticketId }),
    plaintext: plaintext ?? claims({ username: 'citizen', name: '王建国', realNameLevel: '2' }),
    sm4Key: key,
    platformPrivateKey: signer,
  });

const refused = (fn, check) =>
  assert.throws(fn, (e) => e instanceof TicketRejectedError && e.check === check, `expected ${check}`);

test('a good ticket opens to its claims, once', () => {
  const t = ticket();
  const o = opener();
  const opened = o.open(t);
  assert.deepEqual(opened.claims, { name: '王建国', realNameLevel: '2', username: 'citizen' });
  assert.equal(opened.appId, APP);
  assert.equal(opened.ticketId.length, 22);
  refused(() => o.open(t), 'REPLAYED');
});

test('opaque bytes (format 0x01) and JSON claims (version 2)', () => {
  const bytes = opener().open(ticket({ format: 1, plaintext: Buffer.from('opaque') }));
  assert.equal(Buffer.from(bytes.userInfo).toString(), 'opaque');
  assert.equal(bytes.claims, null);
  const json = opener().open(ticket({ version: 2, plaintext: Buffer.from('{"realNameLevel":"L2", "username":"citizen"}') }));
  assert.deepEqual(json.claims, { username: 'citizen', realNameLevel: 'L2' });
  assert.equal(json.version, 2);
  const escaped = opener().open(ticket({ version: 2, plaintext: Buffer.from('{"name":"\\u738b\\"x","__proto__":"p"}') }));
  assert.equal(escaped.claims.name, '王"x');
  assert.equal(Object.getOwnPropertyDescriptor(escaped.claims, '__proto__').value, 'p');
  for (const bad of [
    '[1]',
    '{"a":1}',
    '{"a":"1","a":"2"}',
    '{"a":"1",}',
    '{"a":"1"} x',
    '\ufeff{"a":"1"}',
    '{"a":"1\u0001"}', // a raw control character
    '{"a":null}',
    '{"a":"\\ud800"}',
    '',
  ]) {
    refused(() => opener().open(ticket({ version: 2, plaintext: Buffer.from(bad) })), 'DECRYPTION_FAILED');
  }
  // The binary encoding under version 2, and JSON under version 1, are not their version's.
  refused(() => opener().open(ticket({ version: 2 })), 'DECRYPTION_FAILED');
  refused(() => opener().open(ticket({ version: 1, plaintext: Buffer.from('{"a":"1"}') })), 'DECRYPTION_FAILED');
  refused(() => opener().open(ticket({ version: 3 })), 'MALFORMED');
});

test('malformed: parts, padding, alphabet, header', () => {
  const t = ticket();
  const [a, b, c] = t.split('.');
  for (const bad of ['', 'x', `${a}.${b}`, `${a}.${b}.${c}.`, `${a}=.${b}.${c}`, `${a}.${b}.${c.replace(/.$/, '+')}`]) {
    refused(() => opener().open(bad), 'MALFORMED');
  }
  refused(() => opener().open(ticket({ format: 9 })), 'MALFORMED');
  refused(() => opener().open(ticket({ issuedAt: NOW, expiresAt: NOW })), 'MALFORMED');
});

test('signature: another key, or a changed part', () => {
  refused(() => opener().open(ticket({ signer: OTHER })), 'BAD_SIGNATURE');
  const [a, b, c] = ticket().split('.');
  const flipped = Buffer.from(b, 'base64url');
  flipped[flipped.length - 1] ^= 1;
  refused(() => opener().open(`${a}.${flipped.toString('base64url')}.${c}`), 'BAD_SIGNATURE');
});

test('app id, time window, key', () => {
  refused(() => opener().open(ticket({ appId: 'another-app' })), 'WRONG_APP');
  refused(() => opener().open(ticket({ issuedAt: NOW + 61_000, expiresAt: NOW + 180_000 })), 'NOT_YET_VALID');
  refused(() => opener().open(ticket({ issuedAt: NOW - 200_000, expiresAt: NOW - 60_000 })), 'EXPIRED');
  assert.ok(opener().open(ticket({ issuedAt: NOW - 200_000, expiresAt: NOW - 59_999 })), 'inside the skew');
  refused(() => opener().open(ticket({ key: randomBytes(16) })), 'DECRYPTION_FAILED');
});

test('a forged ticket does not use up a genuine ticket id', () => {
  const id = randomBytes(16);
  const o = opener();
  refused(() => o.open(ticket({ ticketId: id, signer: OTHER })), 'BAD_SIGNATURE');
  assert.ok(o.open(ticket({ ticketId: id })));
});

test('claims: out of order, trailing bytes, bad UTF-8 are refused', () => {
  const good = claims({ a: '1', b: '2' });
  assert.ok(opener().open(ticket({ plaintext: good })));
  const swapped = Buffer.concat([Buffer.from([0, 2]), good.subarray(2 + 8), good.subarray(2, 2 + 8)]);
  refused(() => opener().open(ticket({ plaintext: swapped })), 'DECRYPTION_FAILED');
  refused(() => opener().open(ticket({ plaintext: Buffer.concat([good, Buffer.from([0])]) })), 'DECRYPTION_FAILED');
  const badUtf8 = Buffer.from(good);
  badUtf8[good.length - 1] = 0xff;
  refused(() => opener().open(ticket({ plaintext: badUtf8 })), 'DECRYPTION_FAILED');
});

test('the replay set is bounded and refuses rather than forgets', () => {
  let now = 0;
  const set = new InMemoryReplaySet({ capacity: 2, clock: () => now });
  assert.ok(set.markUsed('a', 10));
  assert.ok(set.markUsed('b', 20));
  assert.ok(!set.markUsed('a', 10));
  assert.ok(!set.markUsed('c', 30), 'full of live ids');
  now = 15;
  assert.ok(set.markUsed('c', 30), 'a lapsed id made room');
  assert.ok(!set.markUsed('b', 20));
});
