package org.onewindow.crypto.ticket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.OpenSsl;
import org.onewindow.crypto.WireFormatDocument;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The sealed-ticket vectors of {@code docs/wire-formats.md} §2, read from the document: every
 * intermediate value there is what the Java code reads out of the ticket and computes from the
 * keys, so an integrator who follows the document opens what the platform seals (000 9.2.1 e, 000
 * 9.4.4 a; issue 16 item 1).
 */
class TicketVectorsTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final Map<String, String> KEYS = WireFormatDocument.fields("ticket-keys");

  private static byte[] hex(Map<String, String> vector, String name) {
    return HEX.parseHex(vector.get(name));
  }

  private static Map<String, String> documentedClaims() {
    Map<String, String> claims = new TreeMap<>();
    KEYS.forEach(
        (name, value) -> {
          if (name.startsWith("claim.")) {
            claims.put(name.substring("claim.".length()), value);
          }
        });
    return claims;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ticket-v1", "ticket-v2"})
  void everyDocumentedValueIsWhatTheCodeReads(String name) {
    Map<String, String> vector = WireFormatDocument.fields(name);
    Sm2PrivateKey platform = Sm2PrivateKey.fromHex(KEYS.get("platform-private-key-hex"));
    Sm2PublicKey platformKey = Sm2PublicKey.fromHex(KEYS.get("platform-public-key-hex"));
    assertEquals(KEYS.get("platform-public-key-hex"), platform.publicKey().toHex());
    assertTrue(
        WireFormatDocument.text().contains(platformKey.toPem().strip()),
        "the document shows the platform key's PEM");

    String[] parts = vector.get("ticket").split("\\.");
    byte[] header = Base64.getUrlDecoder().decode(parts[0]);
    byte[] sealed = Base64.getUrlDecoder().decode(parts[1]);
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);

    // The header and its fields.
    assertArrayEquals(hex(vector, "header-hex"), header);
    TicketHeader fields = TicketHeader.decode(header);
    int version = name.equals("ticket-v1") ? 1 : 2;
    assertEquals(version, fields.version());
    assertEquals(UserInfoFormat.CLAIMS, fields.format());
    assertEquals(KEYS.get("app-id"), fields.appId());
    assertEquals(Long.parseLong(KEYS.get("issued-at")), fields.issuedAt().toEpochMilli());
    assertEquals(Long.parseLong(KEYS.get("expires-at")), fields.expiresAt().toEpochMilli());
    assertArrayEquals(hex(vector, "ticket-id-hex"), fields.ticketId());
    assertArrayEquals(header, fields.encode(), "one encoding per header");

    // nonce ‖ ciphertext ‖ tag, SM4-GCM under the app's key with the header as AAD.
    assertArrayEquals(hex(vector, "nonce-hex"), Arrays.copyOfRange(sealed, 0, 12));
    assertArrayEquals(
        hex(vector, "ciphertext-hex"), Arrays.copyOfRange(sealed, 12, sealed.length - 16));
    assertArrayEquals(
        hex(vector, "tag-hex"), Arrays.copyOfRange(sealed, sealed.length - 16, sealed.length));
    Sm4Key appKey = Sm4Key.of(hex(KEYS, "app-sm4-key-hex"));
    byte[] plaintext = Sm4Gcm.open(appKey, sealed, header);
    assertArrayEquals(hex(vector, "plaintext-hex"), plaintext);
    byte[] otherAad = header.clone();
    otherAad[header.length - 1] ^= 1;
    assertThrows(RuntimeException.class, () -> Sm4Gcm.open(appKey, sealed, otherAad));

    // The plaintext is the documented claims, in the version's encoding, spelt as the platform
    // writes them.
    Map<String, String> claims = documentedClaims();
    byte[] encoded = version == 1 ? Claims.encode(claims) : JsonClaims.encode(claims);
    assertArrayEquals(encoded, plaintext);
    if (version == 2) {
      assertTrue(
          WireFormatDocument.text().contains(new String(plaintext, StandardCharsets.UTF_8)),
          "the document shows the JSON plaintext");
    }

    // SM2 over the ASCII text part1.part2, and over nothing else.
    assertArrayEquals(hex(vector, "signature-der-hex"), signature);
    byte[] signedText = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    assertTrue(Sm2Signature.verify(platformKey, signedText, signature));
    byte[] decodedParts = concat(header, sealed);
    assertFalse(Sm2Signature.verify(platformKey, decodedParts, signature), "not the bytes");

    // The SDK opens it inside the window, once.
    Instant issued = Instant.ofEpochMilli(Long.parseLong(KEYS.get("issued-at")));
    Clock clock = Clock.fixed(issued.plusSeconds(1), ZoneOffset.UTC);
    TicketOpener opener =
        new TicketOpener(
            platformKey,
            KEYS.get("app-id"),
            appKey,
            clock,
            Duration.ofSeconds(60),
            new InMemoryNonceStore(clock));
    OpenedTicket opened = opener.open(vector.get("ticket"));
    assertEquals(claims, opened.claims());
    assertEquals(version, opened.version());
    TicketRejectedException again =
        assertThrows(TicketRejectedException.class, () -> opener.open(vector.get("ticket")));
    assertEquals(TicketError.REPLAYED, again.error());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ticket-v1", "ticket-v2"})
  void openSslVerifiesTheSealWithTheDocumentsKeyAndSignerId(String name, @TempDir Path dir) {
    // §4: OpenSSL 3 checks the platform's seal given -sigopt distid:1234567812345678, and fails
    // without it (its default signer ID is empty) — the pitfall the document warns of.
    OpenSsl.assumeAvailable();
    String[] parts = WireFormatDocument.fields(name).get("ticket").split("\\.");
    String pem = Sm2PublicKey.fromHex(KEYS.get("platform-public-key-hex")).toPem();
    String key = OpenSsl.file(dir, "platform.pem", pem.getBytes(StandardCharsets.US_ASCII));
    String signature = OpenSsl.file(dir, "sig.der", Base64.getUrlDecoder().decode(parts[2]));
    byte[] signedText = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);

    String verified =
        OpenSsl.text(
            signedText,
            "dgst",
            "-sm3",
            "-verify",
            key,
            "-sigopt",
            "distid:1234567812345678",
            "-signature",
            signature);
    assertEquals("Verified OK", verified);
    assertThrows(
        IllegalStateException.class,
        () -> OpenSsl.run(signedText, "dgst", "-sm3", "-verify", key, "-signature", signature),
        "without the signer ID OpenSSL refuses the platform's signature");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
