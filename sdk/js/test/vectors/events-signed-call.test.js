// docs/wire-formats.md §3: the identity-events call is a §1 signed call; its vector, recomputed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyDigest, canonicalRequest, verify } from '../../src/index.js';
import { blocks, fields } from '../document.js';

const text = (kind) => blocks().find((b) => b.kind === kind)?.text;

test('the identity-events vector: body digest, canonical request, signature', () => {
  const call = fields(text('events-call'));
  const body = Buffer.from(text('events-batch'), 'utf8');
  assert.equal(bodyDigest(body), call['body-sm3']);
  const canonical = canonicalRequest({
    method: call.method,
    path: call['raw-path'],
    query: '',
    body,
    timestamp: call.timestamp,
    nonce: call.nonce,
    appKey: call['app-key'],
  });
  assert.equal(canonical, text('events-canonical'));
  const signature = Buffer.from(call.signature, 'base64');
  assert.ok(verify(Buffer.from(canonical, 'utf8'), signature, call['public-key-hex']));
  assert.ok(!verify(Buffer.from(canonical + '\n', 'utf8'), signature, call['public-key-hex']));
});
