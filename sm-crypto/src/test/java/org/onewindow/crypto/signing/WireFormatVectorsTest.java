package org.onewindow.crypto.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.Sm3;
import org.onewindow.crypto.WireFormatDocument;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Verifier;

/**
 * The test vectors of {@code docs/wire-formats.md} (issue 16 item 1), read from the document itself
 * so that it cannot drift from the code: every intermediate value is recomputed from the inputs,
 * and the signature verifies under the public key (000 9.4.4 a).
 */
class WireFormatVectorsTest {

  @Test
  void theSignedCallVectorIsWhatTheCodeComputes() {
    Map<String, String> vector = WireFormatDocument.fields("vector");
    Sm2PrivateKey privateKey = Sm2PrivateKey.fromHex(vector.get("private-key-hex"));
    assertEquals(vector.get("public-key-hex"), privateKey.publicKey().toHex());
    assertEquals(
        vector.get("canonical-path"), PercentEncoding.canonicalPath(vector.get("raw-path")));
    assertEquals(
        vector.get("canonical-query"), PercentEncoding.canonicalQuery(vector.get("raw-query")));

    checkSignedCall(vector, vector.get("body"), "canonical");
  }

  @Test
  void theIdentityEventsCallVectorIsWhatTheCodeComputes() {
    // §3: the realm's batch is signed as any call is, with the signer keycloak-audit.
    checkSignedCall(
        WireFormatDocument.fields("events-call"),
        WireFormatDocument.block("events-batch"),
        "events-canonical");
  }

  /**
   * The body's digest, the canonical request (the document's block {@code canonicalBlock}) and a
   * signature that verifies over it and over nothing else.
   */
  private static void checkSignedCall(
      Map<String, String> vector, String bodyText, String canonicalBlock) {
    byte[] body = bodyText.getBytes(StandardCharsets.UTF_8);
    assertEquals(vector.get("body-sm3"), HexFormat.of().formatHex(Sm3.digest(body)));
    CanonicalRequest canonical = canonical(vector, body);
    assertEquals(WireFormatDocument.block(canonicalBlock), canonical.text());

    Sm2Verifier verifier = new Sm2Verifier(Sm2PublicKey.fromHex(vector.get("public-key-hex")));
    byte[] signature = Base64.getDecoder().decode(vector.get("signature"));
    assertTrue(verifier.verify(canonical.bytes(), signature), "the document's signature verifies");
    byte[] otherBody = Arrays.copyOf(body, body.length + 1);
    assertFalse(
        verifier.verify(canonical(vector, otherBody).bytes(), signature),
        "and only over its canonical request");
  }

  private static CanonicalRequest canonical(Map<String, String> vector, byte[] body) {
    RequestParts request =
        new RequestParts(
            vector.get("method"), vector.get("raw-path"), vector.get("raw-query"), body);
    return CanonicalRequest.of(
        request,
        vector.get("app-key"),
        Long.parseLong(vector.get("timestamp")),
        vector.get("nonce"));
  }

  @Test
  void theEmptyBodyDigestTheDocumentNamesIsSm3OfNothing() {
    String digest = HexFormat.of().formatHex(Sm3.digest(new byte[0]));
    assertTrue(WireFormatDocument.text().contains(digest), digest);
  }
}
