// OneWindow reference client: docs/wire-formats.md in JavaScript.
export { canonicalRequest, canonicalPath, canonicalQuery, bodyDigest, CanonicalError } from './canonical.js';
export { RequestSigner } from './gateway.js';
export {
  SIGNER_ID,
  sign,
  verify,
  publicKeyFromPem,
  privateKeyFromPem,
  publicKeyToPem,
  publicKeyOf,
  decodeSignature,
} from './sm2.js';
export {
  TicketOpener,
  TicketRejectedError,
  TicketCheck,
  InMemoryReplaySet,
  FORMAT,
  fetchPlatformKey,
  exchangeTicket,
  decodeHeader,
  decodeClaims,
} from './ticket.js';
export { open as sm4GcmOpen } from './sm4gcm.js';
