// SM2 as the platform uses it (docs/wire-formats.md, "SM2 everywhere means"): curve sm2p256v1,
// SM3, signer ID 1234567812345678 in Z (GB/T 32918.2 §5.5), DER SEQUENCE { r, s } signatures.
import { sm2 } from 'sm-crypto-v2';
import {
  DerError,
  encodeTlv,
  encodeUnsignedInteger,
  pemToDer,
  readChildren,
  readUnsignedInteger,
  readWhole,
} from './der.js';

/** The GB/T 35276 default signer ID. Node's crypto and OpenSSL 3 default to an empty one. */
export const SIGNER_ID = '1234567812345678';

/** The order n of the sm2p256v1 base point (GB/T 32918.5 Appendix A). */
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

const OID_EC_PUBLIC_KEY = '2a8648ce3d0201'; // 1.2.840.10045.2.1
const OID_SM2 = '2a811ccf5501822d'; // 1.2.156.10197.1.301

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const pad64 = (n) => n.toString(16).padStart(64, '0');

function checkAlgorithm(tlv) {
  const [algorithm, curve] = readChildren(tlv.value);
  if (
    tlv.tag !== 0x30 ||
    !algorithm ||
    algorithm.tag !== 0x06 ||
    hex(algorithm.value) !== OID_EC_PUBLIC_KEY ||
    !curve ||
    curve.tag !== 0x06 ||
    hex(curve.value) !== OID_SM2 ||
    readChildren(tlv.value).length !== 2
  ) {
    throw new DerError('not an SM2 key (id-ecPublicKey with curve 1.2.156.10197.1.301)');
  }
}

/** Uncompressed point hex (04 || X || Y), checked to lie on the curve. */
function checkedPointHex(pointHex) {
  if (!/^04[0-9a-f]{128}$/.test(pointHex) || !sm2.verifyPublicKey(pointHex)) {
    throw new DerError('not an uncompressed point on sm2p256v1');
  }
  return pointHex;
}

/**
 * The public key of a PEM "PUBLIC KEY" block (X.509 SubjectPublicKeyInfo, RFC 5280 §4.1.2.7) as
 * the uncompressed hex sm-crypto-v2 takes.
 */
export function publicKeyFromPem(pem) {
  const spki = readWhole(pemToDer(pem, 'PUBLIC KEY'), 0x30);
  const [algorithm, bits, ...rest] = readChildren(spki.value);
  if (!bits || rest.length) throw new DerError('SubjectPublicKeyInfo has two members');
  checkAlgorithm(algorithm);
  if (bits.tag !== 0x03 || bits.value[0] !== 0) throw new DerError('expected a BIT STRING');
  return checkedPointHex(hex(bits.value.subarray(1)).toLowerCase());
}

/** The private scalar of a PEM "PRIVATE KEY" block (PKCS#8, RFC 5208; RFC 5915 inside) as hex. */
export function privateKeyFromPem(pem) {
  const info = readWhole(pemToDer(pem, 'PRIVATE KEY'), 0x30);
  const [version, algorithm, octets] = readChildren(info.value);
  if (!octets || readUnsignedInteger(version) !== 0n) throw new DerError('not PKCS#8 v1');
  checkAlgorithm(algorithm);
  if (octets.tag !== 0x04) throw new DerError('expected an OCTET STRING');
  const ecKey = readWhole(octets.value, 0x30);
  const [ecVersion, scalar] = readChildren(ecKey.value);
  if (!scalar || readUnsignedInteger(ecVersion) !== 1n || scalar.tag !== 0x04) {
    throw new DerError('not an RFC 5915 ECPrivateKey');
  }
  const d = BigInt('0x' + hex(scalar.value));
  if (d < 1n || d > N - 2n) throw new DerError('private key out of range [1, n-2]');
  return pad64(d);
}

/** The PEM of an uncompressed public key hex, for OpenSSL. */
export function publicKeyToPem(publicKeyHex) {
  const algorithm = encodeTlv(
    0x30,
    Buffer.concat([
      encodeTlv(0x06, Buffer.from(OID_EC_PUBLIC_KEY, 'hex')),
      encodeTlv(0x06, Buffer.from(OID_SM2, 'hex')),
    ]),
  );
  const bits = encodeTlv(0x03, Buffer.concat([Buffer.from([0]), Buffer.from(publicKeyHex, 'hex')]));
  const der = Buffer.from(encodeTlv(0x30, Buffer.concat([algorithm, bits])));
  const lines = der.toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN PUBLIC KEY-----\n${lines}\n-----END PUBLIC KEY-----\n`;
}

export function publicKeyOf(privateKeyHex) {
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex);
}

/**
 * SM2 signature of `message` (bytes), DER-encoded. `{hash: true}` makes sm-crypto-v2 hash Z || M
 * with SM3 as GB/T 32918.2 §6.1 says; without it, it signs the message bytes as if they were e.
 */
export function sign(message, privateKeyHex, publicKeyHex = publicKeyOf(privateKeyHex)) {
  const derHex = sm2.doSignature(Uint8Array.from(message), privateKeyHex, {
    hash: true,
    der: true,
    publicKey: publicKeyHex,
    userId: SIGNER_ID,
  });
  return new Uint8Array(Buffer.from(derHex, 'hex'));
}

/** r and s of a strict DER signature, each in [1, n-1] (GB/T 32918.2 §7.1 B1–B2). */
export function decodeSignature(der) {
  const seq = readWhole(Uint8Array.from(der), 0x30);
  const children = readChildren(seq.value);
  if (children.length !== 2) throw new DerError('a signature is SEQUENCE { r, s }');
  const [r, s] = children.map(readUnsignedInteger);
  if (r < 1n || r >= N || s < 1n || s >= N) throw new DerError('r or s out of range');
  return { r, s };
}

export function encodeSignature(r, s) {
  return encodeTlv(0x30, Buffer.concat([encodeUnsignedInteger(r), encodeUnsignedInteger(s)]));
}

/**
 * Whether `signature` (DER bytes) is a valid SM2 signature over `message` (bytes). Anything
 * unreadable is simply not valid. The DER is parsed here, strictly: sm-crypto-v2's own reader
 * skips tags and ignores trailing bytes, and it does not range-check r and s (an s >= n throws
 * from deep inside @noble/curves instead of answering false).
 */
export function verify(message, signature, publicKeyHex) {
  let rs;
  try {
    rs = decodeSignature(signature);
  } catch {
    return false;
  }
  try {
    return sm2.doVerifySignature(Uint8Array.from(message), pad64(rs.r) + pad64(rs.s), publicKeyHex, {
      hash: true,
      der: false,
      userId: SIGNER_ID,
    });
  } catch {
    return false;
  }
}
