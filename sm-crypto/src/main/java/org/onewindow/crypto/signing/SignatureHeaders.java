package org.onewindow.crypto.signing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The headers that authenticate one interface call (000 9.4.4 a). Immutable.
 *
 * @param appKey the app's key, which names its registered SM2 public key
 * @param timestampMillis when the call was signed, epoch milliseconds
 * @param nonce a single-use value, 128 random bits as unpadded Base64url when {@link RequestSigner}
 *     draws it
 * @param signature Base64 (RFC 4648 4, padded) of the DER SM2 signature over the {@link
 *     CanonicalRequest}
 */
public record SignatureHeaders(
    String appKey, long timestampMillis, String nonce, String signature) {

  public static final String APP_KEY = "X-OW-App-Key";
  public static final String TIMESTAMP = "X-OW-Timestamp";
  public static final String NONCE = "X-OW-Nonce";
  public static final String SIGNATURE = "X-OW-Signature";

  public SignatureHeaders {
    Objects.requireNonNull(appKey, "appKey");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(signature, "signature");
  }

  /** The four headers to add to the request, in a fixed order. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(APP_KEY, appKey);
    headers.put(TIMESTAMP, Long.toString(timestampMillis));
    headers.put(NONCE, nonce);
    headers.put(SIGNATURE, signature);
    return Collections.unmodifiableMap(headers);
  }
}
