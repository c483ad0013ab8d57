package org.onewindow.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.identity.domain.LogoutToken;
import org.onewindow.identity.domain.LogoutTokenRejectedException;

/**
 * Signature checks of logout tokens against keys served by a real HTTP JWKS endpoint (Back-Channel
 * Logout 1.0, 2.6 steps 1–3).
 */
class LogoutTokenReaderTest {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private HttpServer jwksServer;
  private final AtomicInteger jwksRequests = new AtomicInteger();
  private KeyPair rsa;
  private Sm2Keys.Pair sm2;
  private LogoutTokenReader reader;

  @BeforeEach
  void start() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    rsa = generator.generateKeyPair();
    sm2 = Sm2Keys.generate();
    String jwks = jwks().toString();
    jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwksServer.createContext(
        "/certs",
        exchange -> {
          jwksRequests.incrementAndGet();
          byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    jwksServer.start();
    URI uri = URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/certs");
    reader = new LogoutTokenReader(new RealmKeys(uri, Clock.fixed(Instant.now(), ZoneOffset.UTC)));
  }

  @AfterEach
  void stop() {
    jwksServer.stop(0);
  }

  private JsonObject jwks() {
    RSAPublicKey key = (RSAPublicKey) rsa.getPublic();
    byte[] point = sm2.publicKey().toPoint();
    return Json.createObjectBuilder()
        .add(
            "keys",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("kid", "rsa-1")
                        .add("kty", "RSA")
                        .add("alg", "RS256")
                        .add("use", "sig")
                        .add("n", B64.encodeToString(unsigned(key.getModulus().toByteArray())))
                        .add("e", B64.encodeToString(key.getPublicExponent().toByteArray())))
                .add(
                    Json.createObjectBuilder()
                        .add("kid", "sm2-1")
                        .add("kty", "EC")
                        .add("crv", "SM2")
                        .add("alg", "SM2")
                        .add("use", "sig")
                        .add("x", B64.encodeToString(java.util.Arrays.copyOfRange(point, 1, 33)))
                        .add("y", B64.encodeToString(java.util.Arrays.copyOfRange(point, 33, 65)))))
        .build();
  }

  private static byte[] unsigned(byte[] bytes) {
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static JsonObject claims() {
    return Json.createObjectBuilder()
        .add("iss", "http://localhost:8180/realms/onewindow")
        .add("aud", "onewindow-console")
        .add("sub", "user-1")
        .add("sid", "session-1")
        .add("iat", 1_800_000_000L)
        .add(
            "events",
            Json.createObjectBuilder().add(LogoutToken.LOGOUT_EVENT, Json.createObjectBuilder()))
        .build();
  }

  private String signedRs256(String kid, JsonObject claims) throws GeneralSecurityException {
    String input =
        encode(Json.createObjectBuilder().add("alg", "RS256").add("kid", kid).build(), claims);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(rsa.getPrivate());
    signature.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + B64.encodeToString(signature.sign());
  }

  private static String encode(JsonObject header, JsonObject claims) {
    return B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
        + "."
        + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheClaimsOfATokenTheRealmSigned() throws Exception {
    LogoutToken token = reader.read(signedRs256("rsa-1", claims()));
    assertEquals("session-1", token.sessionId().orElseThrow());
    assertEquals("user-1", token.subject().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1_800_000_000L), token.issuedAt());
    assertTrue(token.hasLogoutEvent());
    assertFalse(token.hasNonce());
  }

  @Test
  void readsAnSm2SignedToken() {
    String input =
        encode(Json.createObjectBuilder().add("alg", "SM2").add("kid", "sm2-1").build(), claims());
    byte[] signature =
        Sm2Signature.sign(
            sm2.privateKey(),
            input.getBytes(StandardCharsets.US_ASCII),
            Sm2Signature.DEFAULT_ID,
            Sm2Signature.Encoding.RAW);
    assertEquals(
        "session-1",
        reader.read(input + "." + B64.encodeToString(signature)).sessionId().orElseThrow());
  }

  @Test
  void refusesATamperedToken() throws Exception {
    String[] parts = signedRs256("rsa-1", claims()).split("\\.");
    JsonObject other =
        Json.createObjectBuilder(claims()).add("sid", "someone-elses-session").build();
    String forged = B64.encodeToString(other.toString().getBytes(StandardCharsets.UTF_8));
    LogoutTokenRejectedException e =
        assertThrows(
            LogoutTokenRejectedException.class,
            () -> reader.read(parts[0] + "." + forged + "." + parts[2]));
    assertEquals("signature does not verify", e.getMessage());
  }

  @Test
  void refusesUnsignedTokensAndAlgorithmSwaps() throws Exception {
    String none =
        encode(Json.createObjectBuilder().add("alg", "none").add("kid", "rsa-1").build(), claims())
            + ".";
    assertEquals(
        "logout_token is not signed",
        assertThrows(LogoutTokenRejectedException.class, () -> reader.read(none)).getMessage());
    String swapped =
        encode(Json.createObjectBuilder().add("alg", "HS256").add("kid", "rsa-1").build(), claims())
            + ".AAAA";
    assertEquals(
        "alg does not match the realm's key",
        assertThrows(LogoutTokenRejectedException.class, () -> reader.read(swapped)).getMessage());
  }

  @Test
  void refusesUnknownKeysAndFetchesTheKeySetAtMostOncePerInterval() throws Exception {
    String token = signedRs256("rotated-away", claims());
    for (int i = 0; i < 3; i++) {
      assertEquals(
          "signed by an unknown key",
          assertThrows(LogoutTokenRejectedException.class, () -> reader.read(token)).getMessage());
    }
    assertEquals(1, jwksRequests.get());
  }

  @Test
  void refusesGarbage() {
    for (String garbage : new String[] {"", "abc", "a.b.c", "e30.e30", "x".repeat(20_000)}) {
      assertThrows(LogoutTokenRejectedException.class, () -> reader.read(garbage), garbage);
    }
  }
}
