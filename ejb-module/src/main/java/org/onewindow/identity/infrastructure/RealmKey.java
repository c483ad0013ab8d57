package org.onewindow.identity.infrastructure;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm2.Sm2Verifier;

/**
 * One signature key the realm publishes, bound to the one JWS algorithm it may verify, so a token
 * cannot pick a weaker algorithm for a key than the realm uses (RFC 8725 3.1).
 */
public sealed interface RealmKey {

  /** The JWS {@code alg} this key verifies. */
  String algorithm();

  /** Whether {@code signature} is this key's signature over {@code signingInput}. */
  boolean verifies(byte[] signingInput, byte[] signature);

  /** RSA or NIST-curve ECDSA through the JDK's providers. */
  record Jca(String algorithm, PublicKey key) implements RealmKey {

    @Override
    public boolean verifies(byte[] signingInput, byte[] signature) {
      String jcaName =
          switch (algorithm) {
            case "RS256" -> "SHA256withRSA";
            case "RS384" -> "SHA384withRSA";
            case "RS512" -> "SHA512withRSA";
            // JWS carries r || s (RFC 7518 3.4): the P1363 format, not DER.
            case "ES256" -> "SHA256withECDSAinP1363Format";
            case "ES384" -> "SHA384withECDSAinP1363Format";
            case "ES512" -> "SHA512withECDSAinP1363Format";
            default -> null;
          };
      if (jcaName == null) {
        return false;
      }
      try {
        Signature verifier = Signature.getInstance(jcaName);
        verifier.initVerify(key);
        verifier.update(signingInput);
        return verifier.verify(signature);
      } catch (GeneralSecurityException e) {
        return false;
      }
    }
  }

  /**
   * SM2 with SM3 and the default ID (003 6.3.2), r || s as JWS carries ECDSA signatures: the
   * realm's SM2 token signatures.
   */
  record Sm2(String algorithm, Sm2PublicKey key) implements RealmKey {

    @Override
    public boolean verifies(byte[] signingInput, byte[] signature) {
      return new Sm2Verifier(key).verify(signingInput, signature, Sm2Signature.Encoding.RAW);
    }
  }
}
