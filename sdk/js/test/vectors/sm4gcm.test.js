// SM4-GCM as the sealed ticket uses it: nonce (12) || ciphertext || tag (16), tag always checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecryptionError, open, seal } from '../../src/sm4gcm.js';

const h = (s) => new Uint8Array(Buffer.from(s, 'hex'));

// RFC 8998 Appendix A.1, the SM4-GCM example.
const KEY = h('0123456789ABCDEFFEDCBA9876543210');
const IV = h('00001234567800000000ABCD');
const AAD = h('FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2');
const PLAIN = h(
  'AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD' +
    'EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA',
);
const CIPHER =
  '17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735' +
  'D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D';
const TAG = '83DE3541E4C2B58177E065A9BF7B62EC';

test('RFC 8998 A.1: ciphertext and tag', () => {
  const sealed = seal(KEY, PLAIN, AAD, IV);
  assert.equal(Buffer.from(sealed).toString('hex').toUpperCase(), '00001234567800000000ABCD' + CIPHER + TAG);
  assert.deepEqual(open(KEY, sealed, AAD), PLAIN);
});

test('any changed byte, other additional data or another key is refused', () => {
  const sealed = seal(KEY, PLAIN, AAD, IV);
  for (const at of [0, 11, 12, sealed.length - 17, sealed.length - 1]) {
    const changed = Uint8Array.from(sealed);
    changed[at] ^= 0x01;
    assert.throws(() => open(KEY, changed, AAD), DecryptionError, `byte ${at}`);
  }
  assert.throws(() => open(KEY, sealed, AAD.subarray(1)), DecryptionError);
  const otherKey = Uint8Array.from(KEY);
  otherKey[0] ^= 1;
  assert.throws(() => open(otherKey, sealed, AAD), DecryptionError);
  assert.throws(() => open(KEY, sealed.subarray(0, 27), AAD), DecryptionError);
});

test('empty and partial-block plaintexts round-trip', () => {
  for (const length of [0, 1, 15, 16, 17]) {
    const plain = PLAIN.subarray(0, length);
    assert.deepEqual(open(KEY, seal(KEY, plain, AAD, IV), AAD), plain, `length ${length}`);
  }
});
