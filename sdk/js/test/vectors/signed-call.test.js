// docs/wire-formats.md §1: every intermediate value of the signed-call vector, recomputed.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  RequestSigner,
  bodyDigest,
  canonicalPath,
  canonicalQuery,
  canonicalRequest,
  publicKeyFromPem,
  publicKeyOf,
  publicKeyToPem,
  verify,
} from '../../src/index.js';
import { decodeSignature, encodeSignature } from '../../src/sm2.js';
import { blocks, documentText, vectorsWith } from '../document.js';

const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

const [vector] = vectorsWith('raw-path', 'canonical-query', 'signature');
const canonicalBlock = blocks().find((b) => b.kind === 'canonical').text;
const utf8 = (s) => Buffer.from(s, 'utf8');

test('the document has the signed-call vector', () => {
  assert.ok(vector, 'no ```vector block with raw-path, canonical-query, signature');
});

test('the public key is the private key times G', () => {
  assert.equal(publicKeyOf(vector['private-key-hex']), vector['public-key-hex']);
});

test('the PEM of the document is the vector public key (SPKI read by hand)', () => {
  const pem = documentText().match(/-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+?-----END PUBLIC KEY-----/)[0];
  assert.equal(publicKeyFromPem(pem), vector['public-key-hex']);
  assert.equal(publicKeyToPem(vector['public-key-hex']).trim(), pem.trim());
});

test('every intermediate value', () => {
  assert.equal(bodyDigest(utf8(vector.body)), vector['body-sm3']);
  assert.equal(canonicalPath(vector['raw-path']), vector['canonical-path']);
  assert.equal(canonicalQuery(vector['raw-query']), vector['canonical-query']);
  const text = canonicalRequest({
    method: vector.method,
    path: vector['raw-path'],
    query: vector['raw-query'],
    body: utf8(vector.body),
    timestamp: vector.timestamp,
    nonce: vector.nonce,
    appKey: vector['app-key'],
  });
  assert.equal(text, canonicalBlock);
  assert.ok(!text.endsWith('\n'));
  assert.equal(text.split('\n').length, 7);
});

test('the empty body digest the document names is SM3 of nothing', () => {
  const digest = bodyDigest(new Uint8Array(0));
  assert.equal(digest, '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  assert.ok(documentText().includes(digest));
});

test("the document's signature verifies, and over its canonical request only", () => {
  const signature = Buffer.from(vector.signature, 'base64');
  assert.ok(verify(utf8(canonicalBlock), signature, vector['public-key-hex']));
  assert.ok(!verify(utf8(canonicalBlock + 'x'), signature, vector['public-key-hex']));
});

test('a signature made here verifies here, and its headers are what the document lists', () => {
  const signer = new RequestSigner({ appKey: vector['app-key'], privateKey: vector['private-key-hex'] });
  const headers = signer.sign({
    method: vector.method,
    path: vector['raw-path'],
    query: vector['raw-query'],
    body: utf8(vector.body),
    timestamp: vector.timestamp,
    nonce: vector.nonce,
  });
  assert.equal(headers['X-OW-App-Key'], vector['app-key']);
  assert.equal(headers['X-OW-Timestamp'], vector.timestamp);
  assert.equal(headers['X-OW-Nonce'], vector.nonce);
  assert.match(headers['X-OW-Signature'], /^[A-Za-z0-9+/]+={0,2}$/);
  const signature = Buffer.from(headers['X-OW-Signature'], 'base64');
  assert.equal(signature[0], 0x30, 'DER, not raw r||s');
  assert.ok(verify(utf8(canonicalBlock), signature, vector['public-key-hex']));
  // A fresh nonce by default: 128 bits, unpadded Base64url.
  const fresh = signer.sign({ method: 'GET', path: '/' });
  assert.match(fresh['X-OW-Nonce'], /^[A-Za-z0-9_-]{22}$/);
});

test('raw r||s, a non-DER encoding and s + n are not signatures', () => {
  const signature = Buffer.from(vector.signature, 'base64');
  const good = verify(utf8(canonicalBlock), signature, vector['public-key-hex']);
  assert.ok(good);
  const trailing = Buffer.concat([signature, Buffer.from([0])]);
  assert.ok(!verify(utf8(canonicalBlock), trailing, vector['public-key-hex']));
  const wrongTag = Buffer.from(signature);
  wrongTag[0] = 0x31;
  assert.ok(!verify(utf8(canonicalBlock), wrongTag, vector['public-key-hex']));
  const { r, s } = decodeSignature(signature);
  const raw = Buffer.from(r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0'), 'hex');
  assert.ok(!verify(utf8(canonicalBlock), raw, vector['public-key-hex']));
  // s + n is the same s modulo n: out of range, so not a signature (and no exception).
  const malleable = encodeSignature(r, s + N);
  assert.ok(!verify(utf8(canonicalBlock), malleable, vector['public-key-hex']));
  assert.ok(verify(utf8(canonicalBlock), encodeSignature(r, s), vector['public-key-hex']));
});

// OpenSSL 3 verifies with the signer ID given explicitly (the document's recipe). Skipped only
// where no openssl is installed; .ci/run installs it.
const openssl = spawnSync('openssl', ['version']).status === 0;
test('OpenSSL verifies a signature made here, with -sigopt distid', { skip: !openssl && 'no openssl' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ow-sig-'));
  const signer = new RequestSigner({ appKey: vector['app-key'], privateKey: vector['private-key-hex'] });
  const headers = signer.sign({
    method: vector.method,
    path: vector['raw-path'],
    query: vector['raw-query'],
    body: utf8(vector.body),
    timestamp: vector.timestamp,
    nonce: vector.nonce,
  });
  writeFileSync(join(dir, 'pub.pem'), publicKeyToPem(vector['public-key-hex']));
  writeFileSync(join(dir, 'canonical.txt'), canonicalBlock);
  writeFileSync(join(dir, 'sig.der'), Buffer.from(headers['X-OW-Signature'], 'base64'));
  const args = ['dgst', '-sm3', '-verify', join(dir, 'pub.pem'), '-sigopt', 'distid:1234567812345678'];
  const out = execFileSync('openssl', [...args, '-signature', join(dir, 'sig.der'), join(dir, 'canonical.txt')]);
  assert.match(out.toString(), /Verified OK/);
  // Without the signer ID OpenSSL uses an empty one, and the same signature fails.
  const noId = spawnSync('openssl', [
    'dgst', '-sm3', '-verify', join(dir, 'pub.pem'), '-signature', join(dir, 'sig.der'), join(dir, 'canonical.txt'),
  ]);
  assert.notEqual(noId.status, 0);
});
