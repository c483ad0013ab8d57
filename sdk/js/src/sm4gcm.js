// SM4-GCM (GB/T 32907 block cipher in NIST SP 800-38D's GCM, as RFC 8998 uses it) with the layout
// of the platform's sealed values: nonce (12) || ciphertext || tag (16). Node's crypto and the
// OpenSSL 3.0 CLI have no SM4-GCM; sm-crypto-v2 (>= 1.10) does.
import { sm4 } from 'sm-crypto-v2';

export const NONCE_LENGTH = 12;
export const TAG_LENGTH = 16;

export class DecryptionError extends Error {}

/**
 * Opens `sealed` under the 16-byte `key` with `aad` as additional data. sm-crypto-v2 checks the
 * tag only when it is given one; a missing tag would silently skip authentication, so the tag
 * is always split off and passed here.
 */
export function open(key, sealed, aad) {
  if (key.length !== 16) throw new TypeError('an SM4 key is 16 bytes');
  if (sealed.length < NONCE_LENGTH + TAG_LENGTH) throw new DecryptionError('too short');
  const nonce = sealed.subarray(0, NONCE_LENGTH);
  const ciphertext = sealed.subarray(NONCE_LENGTH, sealed.length - TAG_LENGTH);
  const tag = sealed.subarray(sealed.length - TAG_LENGTH);
  try {
    return sm4.decrypt(Uint8Array.from(ciphertext), Uint8Array.from(key), {
      mode: 'gcm',
      iv: Uint8Array.from(nonce),
      associatedData: Uint8Array.from(aad),
      tag: Uint8Array.from(tag),
      padding: 'none',
      output: 'array',
    });
  } catch {
    throw new DecryptionError('the tag does not verify under this key');
  }
}

/** Seals `plaintext` with a given 12-byte nonce (tests; the platform picks random nonces). */
export function seal(key, plaintext, aad, nonce) {
  const { output, tag } = sm4.encrypt(Uint8Array.from(plaintext), Uint8Array.from(key), {
    mode: 'gcm',
    iv: Uint8Array.from(nonce),
    associatedData: Uint8Array.from(aad),
    padding: 'none',
    output: 'array',
    outputTag: true,
  });
  return Uint8Array.from([...nonce, ...output, ...tag]);
}
