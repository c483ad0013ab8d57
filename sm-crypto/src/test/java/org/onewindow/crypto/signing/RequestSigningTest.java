package org.onewindow.crypto.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.replay.MutableClock;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;

/**
 * Signed interface calls of 000 9.4.4 a: the app signs, the platform verifies, and every fault is
 * refused with its own error and 003 Annex A code.
 */
class RequestSigningTest {

  private static final Sm2Keys.Pair APP = Sm2Keys.generate();
  private static final Sm2Keys.Pair OTHER_APP = Sm2Keys.generate();
  private static final String APP_KEY = "app-key-001";
  private static final String OTHER_APP_KEY = "app-key-002";
  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
  private static final Duration SKEW = Duration.ofMinutes(5);
  private static final byte[] BODY =
      "{\"matter\":\"社保缴费证明\",\"applicant\":\"张三\"}".getBytes(StandardCharsets.UTF_8);
  private static final RequestParts POST =
      new RequestParts("POST", "/api/v1/applications", "channel=app&lang=zh-CN", BODY);

  private final MutableClock clock = new MutableClock(T0);
  private final RequestSigner signer = new RequestSigner(APP_KEY, APP.privateKey(), clock);
  private final RequestVerifier verifier =
      new RequestVerifier(
          AppPublicKeys.of(Map.of(APP_KEY, APP.publicKey(), OTHER_APP_KEY, OTHER_APP.publicKey())),
          clock,
          SKEW,
          new InMemoryNonceStore(clock));

  private RequestError rejection(RequestParts request, Map<String, String> headers) {
    return assertThrows(RequestRejectedException.class, () -> verifier.verify(request, headers))
        .error();
  }

  private static Map<String, String> with(SignatureHeaders signed, String name, String value) {
    Map<String, String> headers = new HashMap<>(signed.headers());
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return headers;
  }

  // --- round trips -------------------------------------------------------------------------

  @Test
  void aSignedCallVerifies() {
    SignatureHeaders signed = signer.sign(POST);
    VerifiedRequest verified = verifier.verify(POST, signed.headers());

    assertEquals(APP_KEY, verified.appKey());
    assertEquals(T0, verified.timestamp());
    assertEquals(signed.nonce(), verified.nonce());
  }

  @Test
  void theHeadersAreAsDocumented() {
    SignatureHeaders signed = signer.sign(POST);
    Map<String, String> headers = signed.headers();

    assertEquals(
        List.of("X-OW-App-Key", "X-OW-Timestamp", "X-OW-Nonce", "X-OW-Signature"),
        List.copyOf(headers.keySet()));
    assertEquals(APP_KEY, headers.get("X-OW-App-Key"));
    assertEquals("1748764800000", headers.get("X-OW-Timestamp"), "epoch milliseconds");
    assertEquals(22, headers.get("X-OW-Nonce").length(), "128 random bits, unpadded Base64url");

    // 000 9.4.4 a: Base64 of a DER SM3withSM2 signature, default ID, over the canonical request.
    byte[] canonical =
        CanonicalRequest.of(POST, APP_KEY, T0.toEpochMilli(), signed.nonce())
            .text()
            .getBytes(StandardCharsets.UTF_8);
    byte[] der = Base64.getDecoder().decode(headers.get("X-OW-Signature"));
    assertEquals(0x30, der[0], "a DER SEQUENCE");
    assertTrue(Sm2Signature.verify(APP.publicKey(), canonical, der));
  }

  @Test
  void everyCallDrawsAFreshNonce() {
    assertTrue(!signer.sign(POST).nonce().equals(signer.sign(POST).nonce()));
  }

  @Test
  void parameterOrderAndEncodingDoNotMatter() {
    RequestParts asSigned =
        new RequestParts("get", "/API/v1/Matters", "region=广州&q=社保 查询&page=1&page=0", null);
    SignatureHeaders signed = signer.sign(asSigned);

    // The same call as a server sees it: other order, escapes, '+' for space, path case.
    RequestParts asReceived =
        RequestParts.of(
            "GET",
            URI.create(
                "https://gov.example/api/v1/matters?page=0&q=%E7%A4%BE%E4%BF%9D+%E6%9F%A5%E8%AF%A2"
                    + "&page=1&region=%e5%b9%bf%e5%b7%9e"),
            new byte[0]);
    assertEquals(APP_KEY, verifier.verify(asReceived, signed.headers()).appKey());
  }

  @Test
  void headerNamesMatchInAnyCase() {
    SignatureHeaders signed = signer.sign(POST);
    Map<String, String> lower = new HashMap<>();
    signed.headers().forEach((name, value) -> lower.put(name.toLowerCase(), value));
    verifier.verify(POST, lower);
  }

  @Test
  void aServletStyleLookupWorks() {
    SignatureHeaders signed = signer.sign(POST);
    verifier.verify(POST, name -> signed.headers().get(name)); // like request::getHeader
  }

  // --- each rejection ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"X-OW-App-Key", "X-OW-Timestamp", "X-OW-Nonce", "X-OW-Signature"})
  void aMissingHeaderIsRefusedWith20003(String name) {
    SignatureHeaders signed = signer.sign(POST);
    RequestRejectedException absent =
        assertThrows(
            RequestRejectedException.class, () -> verifier.verify(POST, with(signed, name, null)));
    assertEquals(RequestError.MISSING_HEADER, absent.error());
    assertEquals(20003, absent.code());
    assertTrue(absent.getMessage().contains(name));
    assertEquals(RequestError.MISSING_HEADER, rejection(POST, with(signed, name, "")));
  }

  @Test
  void malformedHeadersAreRefusedWith20000() {
    SignatureHeaders signed = signer.sign(POST);
    for (String timestamp :
        new String[] {"abc", "-1", "+1748764800000", " 1748764800000", "1e12"}) {
      assertEquals(
          RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-Timestamp", timestamp)));
    }
    assertEquals(
        RequestError.MALFORMED,
        rejection(POST, with(signed, "X-OW-Timestamp", "9".repeat(19))),
        "would overflow a long");
    assertEquals(
        RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-Nonce", "nonce\nwith-newline")));
    assertEquals(RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-Nonce", "short")));
    assertEquals(RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-App-Key", "a b")));
    assertEquals(
        RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-Signature", "not base64!")));
    String unpadded = signed.signature().replace("=", "");
    if (!unpadded.equals(signed.signature())) {
      assertEquals(
          RequestError.MALFORMED, rejection(POST, with(signed, "X-OW-Signature", unpadded)));
    }
    assertEquals(20000, RequestError.MALFORMED.code());
  }

  @Test
  void aMalformedRequestTargetIsRefusedWith20000() {
    RequestParts broken = new RequestParts("POST", "/api/%zz", null, BODY);
    SignatureHeaders signed = signer.sign(POST);
    assertEquals(RequestError.MALFORMED, rejection(broken, signed.headers()));
  }

  @Test
  void anUnknownAppKeyIsRefusedWith10008() {
    RequestSigner stranger =
        new RequestSigner("app-key-999", Sm2Keys.generate().privateKey(), clock);
    RequestRejectedException e =
        assertThrows(
            RequestRejectedException.class,
            () -> verifier.verify(POST, stranger.sign(POST).headers()));
    assertEquals(RequestError.UNKNOWN_APP, e.error());
    assertEquals(10008, e.code());
  }

  @Test
  void aStaleCallIsRefusedWith20001() {
    SignatureHeaders signed = signer.sign(POST);
    clock.advance(SKEW.plusMillis(1));
    RequestRejectedException e =
        assertThrows(RequestRejectedException.class, () -> verifier.verify(POST, signed.headers()));
    assertEquals(RequestError.TIMESTAMP_OUT_OF_WINDOW, e.error());
    assertEquals(20001, e.code());
  }

  @Test
  void aCallFromTheFutureIsRefused() {
    long ahead = T0.plus(SKEW).toEpochMilli();
    verifier.verify(POST, signer.sign(POST, ahead, "nonce-at-the-edge-1").headers());
    assertEquals(
        RequestError.TIMESTAMP_OUT_OF_WINDOW,
        rejection(POST, signer.sign(POST, ahead + 1, "nonce-past-the-edge").headers()));
  }

  @Test
  void theWindowIsInclusiveOnBothSides() {
    SignatureHeaders signed = signer.sign(POST);
    clock.advance(SKEW);
    verifier.verify(POST, signed.headers());
  }

  @Test
  void aReplayedNonceIsRefused() {
    SignatureHeaders signed = signer.sign(POST);
    verifier.verify(POST, signed.headers());
    RequestRejectedException e =
        assertThrows(RequestRejectedException.class, () -> verifier.verify(POST, signed.headers()));
    assertEquals(RequestError.REPLAYED, e.error());
    assertEquals(20001, e.code());

    // Re-signing with the same nonce is a replay too: the nonce, not the signature, is spent.
    clock.advance(Duration.ofSeconds(1));
    assertEquals(
        RequestError.REPLAYED,
        rejection(POST, signer.sign(POST, clock.millis(), signed.nonce()).headers()));
  }

  @Test
  void noncesAreSpentPerApp() {
    String nonce = "shared-nonce-0001";
    verifier.verify(POST, signer.sign(POST, T0.toEpochMilli(), nonce).headers());
    RequestSigner other = new RequestSigner(OTHER_APP_KEY, OTHER_APP.privateKey(), clock);
    verifier.verify(POST, other.sign(POST, T0.toEpochMilli(), nonce).headers());
  }

  @Test
  void aSignatureByTheWrongKeyIsRefusedWith20001() {
    RequestSigner impostor = new RequestSigner(APP_KEY, OTHER_APP.privateKey(), clock);
    RequestRejectedException e =
        assertThrows(
            RequestRejectedException.class,
            () -> verifier.verify(POST, impostor.sign(POST).headers()));
    assertEquals(RequestError.BAD_SIGNATURE, e.error());
    assertEquals(20001, e.code());
  }

  // --- any change to what was signed breaks the signature ----------------------------------

  @Test
  void changingTheMethodPathOrAQueryValueInvalidates() {
    SignatureHeaders signed = signer.sign(POST);
    Map<String, String> headers = signed.headers();
    List<RequestParts> altered =
        List.of(
            new RequestParts("PUT", POST.rawPath(), POST.rawQuery(), BODY),
            new RequestParts("POST", "/api/v1/application", POST.rawQuery(), BODY),
            new RequestParts("POST", "/api/v2/applications", POST.rawQuery(), BODY),
            new RequestParts("POST", POST.rawPath(), "channel=web&lang=zh-CN", BODY),
            new RequestParts("POST", POST.rawPath(), "channel=app&lang=zh-TW", BODY),
            new RequestParts("POST", POST.rawPath(), "channel=app", BODY),
            new RequestParts("POST", POST.rawPath(), "channel=app&lang=zh-CN&x=1", BODY),
            new RequestParts("POST", POST.rawPath(), "", BODY),
            new RequestParts("POST", POST.rawPath(), POST.rawQuery(), null));
    for (RequestParts request : altered) {
      assertEquals(RequestError.BAD_SIGNATURE, rejection(request, headers), request.toString());
    }
    verifier.verify(POST, headers); // the failures did not spend the nonce
  }

  @Test
  void changingOneBodyByteInvalidates() {
    SignatureHeaders signed = signer.sign(POST);
    for (int i = 0; i < BODY.length; i++) {
      byte[] body = BODY.clone();
      body[i] ^= 0x01;
      RequestParts altered = new RequestParts("POST", POST.rawPath(), POST.rawQuery(), body);
      assertEquals(RequestError.BAD_SIGNATURE, rejection(altered, signed.headers()), "byte " + i);
    }
  }

  @Test
  void changingTheTimestampNonceOrAppKeyInvalidates() {
    SignatureHeaders signed = signer.sign(POST);
    assertEquals(
        RequestError.BAD_SIGNATURE,
        rejection(POST, with(signed, "X-OW-Timestamp", Long.toString(T0.toEpochMilli() + 1))));
    assertEquals(
        RequestError.BAD_SIGNATURE,
        rejection(POST, with(signed, "X-OW-Nonce", "another-nonce-0001")));
    // Claiming to be another registered app: its key does not verify our signature.
    assertEquals(
        RequestError.BAD_SIGNATURE, rejection(POST, with(signed, "X-OW-App-Key", OTHER_APP_KEY)));
    verifier.verify(POST, signed.headers());
  }

  @Test
  void theAnnexACodesAreAsDocumented() {
    Map<RequestError, Integer> expected =
        Map.of(
            RequestError.MISSING_HEADER, 20003,
            RequestError.MALFORMED, 20000,
            RequestError.UNKNOWN_APP, 10008,
            RequestError.TIMESTAMP_OUT_OF_WINDOW, 20001,
            RequestError.BAD_SIGNATURE, 20001,
            RequestError.REPLAYED, 20001);
    for (RequestError error : RequestError.values()) {
      assertEquals(expected.get(error), error.code(), error.name());
    }
    assertEquals("参数不能为空", RequestError.MISSING_HEADER.message());
  }
}
