package org.onewindow.crypto.ticket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.replay.MutableClock;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * The user-info ticket of 000 9.2.1 c–e: sealed on the platform, opened by the app's SDK, and
 * refused with a distinct error and 003 Annex A code for every kind of fault.
 */
class TicketTest {

  private static final Sm2Keys.Pair PLATFORM = Sm2Keys.generate();
  private static final Sm4Key APP_KEY = Sm4Key.generate();
  private static final String APP_ID = "gd-app-001";
  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Map<String, String> CLAIMS =
      Map.of("userId", "u-20250601-0001", "name", "张三", "mobile", "138****0000");

  private final TicketSealer sealer = new TicketSealer(PLATFORM.privateKey());
  private final MutableClock clock = new MutableClock(T0.plusSeconds(10));

  private TicketOpener opener(String appId, Sm4Key key) {
    return new TicketOpener(
        PLATFORM.publicKey(), appId, key, clock, SKEW, new InMemoryNonceStore(clock));
  }

  private TicketOpener opener() {
    return opener(APP_ID, APP_KEY);
  }

  private String seal() {
    return sealer.seal(APP_ID, APP_KEY, CLAIMS, T0, TTL);
  }

  private static TicketError rejection(TicketOpener opener, String ticket) {
    return assertThrows(TicketRejectedException.class, () -> opener.open(ticket)).error();
  }

  private static String[] parts(String ticket) {
    return ticket.split("\\.", -1);
  }

  private static byte[] decode(String part) {
    return Base64.getUrlDecoder().decode(part);
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // --- round trips -------------------------------------------------------------------------

  @Test
  void claimsRoundTripWithTheHeaderFields() {
    OpenedTicket opened = opener().open(seal());

    assertEquals(CLAIMS, opened.claims());
    assertEquals(UserInfoFormat.CLAIMS, opened.format());
    assertEquals(APP_ID, opened.appId());
    assertEquals(T0, opened.issuedAt());
    assertEquals(T0.plus(TTL), opened.expiresAt());
    assertEquals(22, opened.ticketId().length(), "128 bits as unpadded Base64url");
    assertEquals(
        "[mobile, name, userId]", opened.claims().keySet().toString(), "claims in name order");
  }

  @Test
  void opaqueBytesRoundTrip() {
    // 000 9.2.1 e: the platform may hand over user info as the JSON both sides agreed on.
    byte[] json =
        "{\"userId\":\"u-1\",\"name\":\"李四\",\"certType\":\"身份证\"}"
            .getBytes(StandardCharsets.UTF_8);
    OpenedTicket opened = opener().open(sealer.seal(APP_ID, APP_KEY, json, T0, TTL));

    assertArrayEquals(json, opened.userInfo());
    assertEquals(UserInfoFormat.BYTES, opened.format());
    assertThrows(IllegalStateException.class, opened::claims);
  }

  @Test
  void chineseUserInfoSurvivesAsUtf8() {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("姓名", "欧阳娜娜");
    claims.put("地址", "广东省广州市天河区珠江新城华夏路 10 号");
    claims.put("生僻字", "𠀀𪚥龘"); // outside the BMP: surrogate pairs in Java, 4 bytes in UTF-8
    claims.put("empty", "");
    OpenedTicket opened = opener().open(sealer.seal(APP_ID, APP_KEY, claims, T0, TTL));

    assertEquals(claims, opened.claims());
    assertTrue(
        new String(opened.userInfo(), StandardCharsets.UTF_8).contains("欧阳娜娜"),
        "the claims encoding carries strings as UTF-8");
  }

  @Test
  void version2CarriesTheClaimsAsJson() {
    // Issue 16: a version 2 ticket, for apps that read JSON rather than a binary encoding.
    String ticket = sealer.sealJson(APP_ID, APP_KEY, CLAIMS, T0, TTL);
    byte[] header = decode(parts(ticket)[0]);
    assertEquals(2, header[0], "the header's version says the claims are JSON");
    assertEquals(2, header[1], "format: claims");

    OpenedTicket opened = opener().open(ticket);
    assertEquals(2, opened.version());
    assertEquals(CLAIMS, opened.claims());
    assertEquals(
        new String(JsonClaims.encode(CLAIMS), StandardCharsets.UTF_8),
        new String(opened.userInfo(), StandardCharsets.UTF_8));
    assertEquals(1, opener().open(seal()).version());
  }

  @Test
  void theVersionByteDecidesHowClaimsAreRead() {
    // The same JSON plaintext under a version 1 header is not the binary encoding: refused.
    byte[] header =
        new TicketHeader(
                TicketHeader.VERSION_1,
                UserInfoFormat.CLAIMS,
                APP_ID,
                T0,
                T0.plus(TTL),
                new byte[16])
            .encode();
    byte[] sealed = Sm4Gcm.seal(APP_KEY, JsonClaims.encode(CLAIMS), header);
    String signedText = encode(header) + "." + encode(sealed);
    String forged =
        signedText
            + "."
            + encode(
                Sm2Signature.sign(
                    PLATFORM.privateKey(), signedText.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(TicketError.DECRYPTION_FAILED, rejection(opener(), forged));

    byte[] version3 = header.clone();
    version3[0] = 3;
    assertThrows(CryptoException.class, () -> TicketHeader.decode(version3));
  }

  @Test
  void everySealDrawsAFreshTicketId() {
    OpenedTicket first = opener().open(seal());
    OpenedTicket second = opener().open(seal());
    assertNotEquals(first.ticketId(), second.ticketId());
  }

  @Test
  void theWireLayoutIsAsDocumented() {
    String ticket = sealer.seal(APP_ID, APP_KEY, CLAIMS, T0, TTL);
    String[] parts = parts(ticket);
    assertEquals(3, parts.length);

    ByteBuffer header = ByteBuffer.wrap(decode(parts[0]));
    assertEquals(1, header.get(), "version");
    assertEquals(2, header.get(), "format: claims");
    assertEquals(APP_ID.length(), header.get());
    byte[] appId = new byte[APP_ID.length()];
    header.get(appId);
    assertEquals(APP_ID, new String(appId, StandardCharsets.US_ASCII));
    assertEquals(T0.toEpochMilli(), header.getLong());
    assertEquals(T0.plus(TTL).toEpochMilli(), header.getLong());
    assertEquals(16, header.remaining(), "the ticket id closes the header");

    // 000 9.2.1 e: SM4-GCM under the app's key, with the header bytes as additional data.
    byte[] plaintext = Sm4Gcm.open(APP_KEY, decode(parts[1]), decode(parts[0]));
    assertEquals(CLAIMS, Claims.decode(plaintext));

    // 000 9.4.4 a: SM3withSM2 with the default ID, DER, over "header.sealed" as ASCII.
    byte[] signedText = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    assertTrue(Sm2Signature.verify(PLATFORM.publicKey(), signedText, decode(parts[2])));
  }

  // --- each rejection ----------------------------------------------------------------------

  @Test
  void anExpiredTicketIsRefusedWith10007() {
    // A fixed clock one millisecond before the end of the window opens it ...
    Instant lastMoment = T0.plus(TTL).plus(SKEW).minusMillis(1);
    TicketOpener justInTime =
        new TicketOpener(
            PLATFORM.publicKey(),
            APP_ID,
            APP_KEY,
            Clock.fixed(lastMoment, ZoneOffset.UTC),
            SKEW,
            new InMemoryNonceStore(Clock.fixed(lastMoment, ZoneOffset.UTC)));
    justInTime.open(seal());

    // ... and at the end of the window it is expired.
    Clock late = Clock.fixed(lastMoment.plusMillis(1), ZoneOffset.UTC);
    TicketOpener tooLate =
        new TicketOpener(
            PLATFORM.publicKey(), APP_ID, APP_KEY, late, SKEW, new InMemoryNonceStore(late));
    TicketRejectedException e =
        assertThrows(TicketRejectedException.class, () -> tooLate.open(seal()));
    assertEquals(TicketError.EXPIRED, e.error());
    assertEquals(10007, e.code());
  }

  @Test
  void aTicketFromTheFutureIsNotYetValid() {
    String ticket = seal();
    clock.set(T0.minus(SKEW).minusMillis(1));
    assertEquals(TicketError.NOT_YET_VALID, rejection(opener(), ticket));
    assertEquals(10005, TicketError.NOT_YET_VALID.code());

    clock.set(T0.minus(SKEW)); // the skew absorbs a platform clock that runs ahead
    opener().open(ticket);
  }

  @Test
  void aTicketOpensOnceOnly() {
    // 000 9.2.1 d: the ticket is one-time, and so is the platform's answer to it.
    TicketOpener opener = opener();
    String ticket = seal();
    opener.open(ticket);

    TicketRejectedException e =
        assertThrows(TicketRejectedException.class, () -> opener.open(ticket));
    assertEquals(TicketError.REPLAYED, e.error());
    assertEquals(10005, e.code());
  }

  @Test
  void aTicketForAnotherAppIsRefusedWith10008() {
    TicketRejectedException e =
        assertThrows(
            TicketRejectedException.class, () -> opener("gd-app-002", APP_KEY).open(seal()));
    assertEquals(TicketError.WRONG_APP, e.error());
    assertEquals(10008, e.code());
  }

  @Test
  void anotherAppsSm4KeyCannotDecryptWith20004() {
    TicketRejectedException e =
        assertThrows(
            TicketRejectedException.class, () -> opener(APP_ID, Sm4Key.generate()).open(seal()));
    assertEquals(TicketError.DECRYPTION_FAILED, e.error());
    assertEquals(20004, e.code());
  }

  @Test
  void aTicketSignedByAnotherKeyIsRefusedWith10005() {
    String forged =
        new TicketSealer(Sm2Keys.generate().privateKey()).seal(APP_ID, APP_KEY, CLAIMS, T0, TTL);
    TicketRejectedException e =
        assertThrows(TicketRejectedException.class, () -> opener().open(forged));
    assertEquals(TicketError.BAD_SIGNATURE, e.error());
    assertEquals(10005, e.code());
  }

  @Test
  void aFlippedByteInAnyPartIsRefused() {
    String ticket = seal();
    String[] parts = parts(ticket);
    for (int part = 0; part < 3; part++) {
      byte[] bytes = decode(parts[part]);
      for (int i = 0; i < bytes.length; i++) {
        byte[] altered = bytes.clone();
        altered[i] ^= 0x01;
        String[] copy = parts.clone();
        copy[part] = encode(altered);
        TicketError error = rejection(opener(), String.join(".", copy));
        if (part == 0) {
          // A flipped version, format or length byte no longer parses; anything else is signed.
          assertTrue(
              Set.of(TicketError.MALFORMED, TicketError.BAD_SIGNATURE).contains(error),
              "header byte " + i + ": " + error);
        } else {
          assertEquals(TicketError.BAD_SIGNATURE, error, "part " + part + " byte " + i);
        }
      }
    }
    opener().open(ticket); // none of that spent the genuine ticket's id
  }

  @Test
  void partsOfTwoTicketsDoNotCombine() {
    String[] first = parts(seal());
    String[] second = parts(seal());
    String spliced = second[0] + "." + first[1] + "." + first[2];
    assertEquals(TicketError.BAD_SIGNATURE, rejection(opener(), spliced));

    // Even re-signed by the platform itself, user info does not move under another header: the
    // header is the GCM additional data.
    String signedText = second[0] + "." + first[1];
    byte[] signature =
        Sm2Signature.sign(PLATFORM.privateKey(), signedText.getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        TicketError.DECRYPTION_FAILED, rejection(opener(), signedText + "." + encode(signature)));
  }

  @Test
  void aTruncatedTicketIsRefused() {
    String ticket = seal();
    TicketOpener opener = opener();
    for (int length = 0; length < ticket.length(); length++) {
      TicketError error = rejection(opener, ticket.substring(0, length));
      assertTrue(
          Set.of(TicketError.MALFORMED, TicketError.BAD_SIGNATURE).contains(error),
          "length " + length + ": " + error);
    }
    assertEquals(
        TicketError.MALFORMED, rejection(opener, ticket.substring(0, ticket.lastIndexOf('.'))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a ticket",
        "a.b.c",
        "..",
        "...",
        "AQ.AQ.AQ",
        "AQIDBA==.AQIDBA==.AQIDBA==",
        "票据.票据.票据",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.",
      })
  void garbageIsMalformedWith20000(String garbage) {
    TicketRejectedException e =
        assertThrows(TicketRejectedException.class, () -> opener().open(garbage));
    assertEquals(TicketError.MALFORMED, e.error());
    assertEquals(20000, e.code());
  }

  @Test
  void nullAndHugeInputAreMalformed() {
    assertEquals(TicketError.MALFORMED, rejection(opener(), null));
    assertEquals(TicketError.MALFORMED, rejection(opener(), "A".repeat(40_000)));
  }

  @Test
  void onlyTheCanonicalBase64urlSpellingIsAccepted() {
    // A 9-character app id makes the header 44 bytes: 59 characters, the last with 2 spare bits.
    String appId = "gd-app-01";
    String[] parts = parts(sealer.seal(appId, APP_KEY, CLAIMS, T0, TTL));
    String header = parts[0];
    assertEquals(59, header.length());

    // Setting a spare bit: the JDK decodes the same bytes, but it is not the ticket's spelling.
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(header.charAt(header.length() - 1));
    String spareBitSet = header.substring(0, header.length() - 1) + alphabet.charAt(last ^ 1);
    assertArrayEquals(decode(header), decode(spareBitSet), "the JDK is lenient here");

    for (String variant :
        new String[] {spareBitSet, header + "=", " " + header, header.replace('-', '+')}) {
      if (variant.equals(header)) {
        continue;
      }
      String ticket = variant + "." + parts[1] + "." + parts[2];
      assertEquals(TicketError.MALFORMED, rejection(opener(appId, APP_KEY), ticket), variant);
    }
    String genuine = String.join(".", parts);
    assertEquals(TicketError.MALFORMED, rejection(opener(appId, APP_KEY), genuine + "\n"));
    opener(appId, APP_KEY).open(genuine);
  }

  @Test
  void theAnnexACodesAreAsDocumented() {
    Map<TicketError, Integer> expected = new HashMap<>();
    expected.put(TicketError.MALFORMED, 20000);
    expected.put(TicketError.BAD_SIGNATURE, 10005);
    expected.put(TicketError.WRONG_APP, 10008);
    expected.put(TicketError.NOT_YET_VALID, 10005);
    expected.put(TicketError.EXPIRED, 10007);
    expected.put(TicketError.REPLAYED, 10005);
    expected.put(TicketError.DECRYPTION_FAILED, 20004);
    for (TicketError error : TicketError.values()) {
      assertEquals(expected.get(error), error.code(), error.name());
    }
    assertEquals("数字政务 token 已过期", TicketError.EXPIRED.message()); // 003 Annex A wording
  }

  // --- the sealer refuses what no app could open -------------------------------------------

  @Test
  void theSealerRefusesBadInput() {
    assertThrows(
        CryptoException.class, () -> sealer.seal(APP_ID, APP_KEY, CLAIMS, T0, Duration.ZERO));
    assertThrows(
        CryptoException.class,
        () -> sealer.seal(APP_ID, APP_KEY, CLAIMS, T0, TicketSealer.MAX_TTL.plusMillis(1)));
    assertThrows(CryptoException.class, () -> sealer.seal("", APP_KEY, CLAIMS, T0, TTL));
    assertThrows(CryptoException.class, () -> sealer.seal("has space", APP_KEY, CLAIMS, T0, TTL));
    assertThrows(CryptoException.class, () -> sealer.seal("应用", APP_KEY, CLAIMS, T0, TTL));
    assertThrows(
        CryptoException.class, () -> sealer.seal("a".repeat(129), APP_KEY, CLAIMS, T0, TTL));
    assertThrows(
        CryptoException.class,
        () ->
            sealer.seal(APP_ID, APP_KEY, new byte[TicketSealer.MAX_USER_INFO_BYTES + 1], T0, TTL));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("name", null);
    assertThrows(CryptoException.class, () -> sealer.seal(APP_ID, APP_KEY, nullValue, T0, TTL));
    assertThrows(
        CryptoException.class,
        () -> sealer.seal(APP_ID, APP_KEY, Map.of("name", "\ud800"), T0, TTL),
        "a lone surrogate would not survive UTF-8");
  }

  @Test
  void theLargestUserInfoFitsTheLongestAppId() {
    String appId = "a".repeat(TicketHeader.MAX_APP_ID_LENGTH);
    byte[] userInfo = new byte[TicketSealer.MAX_USER_INFO_BYTES];
    String ticket = sealer.seal(appId, APP_KEY, userInfo, T0, TicketSealer.MAX_TTL);
    assertTrue(ticket.length() <= TicketOpener.MAX_TICKET_LENGTH);
    assertArrayEquals(userInfo, opener(appId, APP_KEY).open(ticket).userInfo());
  }
}
