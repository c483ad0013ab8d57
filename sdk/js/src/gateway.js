// A signed interface call (docs/wire-formats.md §1; 000 9.4.4 a).
import { randomBytes } from 'node:crypto';
import { canonicalRequest } from './canonical.js';
import { privateKeyFromPem, publicKeyOf, sign } from './sm2.js';

const NONCE = /^[A-Za-z0-9\-._~]{16,64}$/;
const APP_KEY = /^[\x21-\x7e]{1,128}$/;

/** Signs requests as one app: its app key and its SM2 private key (PKCS#8 PEM or hex). */
export class RequestSigner {
  constructor({ appKey, privateKey, clock = Date.now }) {
    if (!APP_KEY.test(appKey ?? '')) throw new TypeError('an app key is 1–128 printable ASCII');
    this.appKey = appKey;
    this.privateKeyHex = /-----BEGIN/.test(privateKey) ? privateKeyFromPem(privateKey) : privateKey;
    this.publicKeyHex = publicKeyOf(this.privateKeyHex);
    this.clock = clock;
  }

  /**
   * The four X-OW-* headers for one call. `path` is the path the platform receives (behind a
   * proxy that rewrites a prefix, the platform's, not yours), `query` the raw query without `?`.
   */
  sign({ method, path, query = '', body = new Uint8Array(0), timestamp, nonce }) {
    const ts = String(timestamp ?? this.clock());
    if (!/^\d+$/.test(ts)) throw new TypeError('the timestamp is epoch milliseconds');
    // 128 random bits as unpadded Base64url, what the Java SDK sends (22 characters).
    const n = nonce ?? randomBytes(16).toString('base64url');
    if (!NONCE.test(n)) throw new TypeError('a nonce is 16–64 of A-Z a-z 0-9 - . _ ~');
    const text = canonicalRequest({ method, path, query, body, timestamp: ts, nonce: n, appKey: this.appKey });
    const signature = sign(Buffer.from(text, 'utf8'), this.privateKeyHex, this.publicKeyHex);
    return {
      'X-OW-App-Key': this.appKey,
      'X-OW-Timestamp': ts,
      'X-OW-Nonce': n,
      // RFC 4648 §4, padded.
      'X-OW-Signature': Buffer.from(signature).toString('base64'),
    };
  }

  /**
   * Sends a signed request with fetch. The signed path and query are the URL's as fetch sends
   * them (WHATWG URL normalises what it is given), unless `signedPath` names the platform's.
   * Answers `{status, body, json}`; `json` is null when the answer is not JSON.
   */
  async fetch(url, { method = 'POST', body, headers = {}, signedPath } = {}) {
    const target = new URL(url);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : (body ?? new Uint8Array(0));
    const signed = this.sign({
      method,
      path: signedPath ?? target.pathname,
      query: target.search.slice(1),
      body: bytes,
    });
    const response = await fetch(target, {
      method,
      headers: { ...headers, ...signed },
      body: method === 'GET' || method === 'HEAD' ? undefined : bytes,
    });
    const text = await response.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: the caller reads body
    }
    return { status: response.status, body: text, json };
  }
}
