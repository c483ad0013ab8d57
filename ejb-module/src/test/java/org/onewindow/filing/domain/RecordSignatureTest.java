package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;

/** The filing record's canonical text and its SM2 signature (docs/wire-formats.md §5). */
class RecordSignatureTest {

  private static final Sm2Keys.Pair KEY = Sm2Keys.generate();

  static RecordFacts demo() {
    return new RecordFacts(
        "330000-2026-000123-4",
        "掌上办事",
        "示例省大数据发展管理局",
        "330000",
        PackagePlatform.ANDROID,
        "cn.gov.example.zsbs",
        "7.12.0",
        71_200L,
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
        Instant.parse("2026-12-06T02:15:30.250Z"),
        Instant.parse("2026-12-06T02:15:30Z"),
        Instant.parse("2029-12-05T02:15:30Z"),
        "platform-sm2-2026-01");
  }

  private static String text(RecordFacts facts) {
    return new String(RecordSignature.canonicalBytes(facts), StandardCharsets.UTF_8);
  }

  @Test
  void theTextIsTheVersionLineThenOneLinePerFactInTheFixedOrder() {
    List<String> lines = List.of(text(demo()).split("\n", -1));
    assertEquals(16, lines.size(), "15 lines, each ended by LF: the last split is empty");
    assertEquals("onewindow-filing-record/1", lines.get(0));
    assertEquals(
        List.of(
            "filingNumber",
            "appName",
            "unitName",
            "divisionCode",
            "platform",
            "packageName",
            "versionName",
            "versionCode",
            "packageSm3Hex",
            "certificateSm3Hex",
            "issuedAt",
            "validFrom",
            "validUntil",
            "keyId"),
        lines.subList(1, 15).stream().map(l -> l.substring(0, l.indexOf('='))).toList());
    assertEquals("", lines.get(15));
    assertFalse(text(demo()).contains("\r"));
  }

  @Test
  void theIssueInstantIsUtcToTheSecondAndTheDaysAreIsoDates() {
    String text = text(demo());
    assertTrue(text.contains("\nissuedAt=2026-12-06T02:15:30Z\n"), text);
    assertTrue(
        text.contains("\nvalidFrom=2026-12-06T02:15:30Z\nvalidUntil=2029-12-05T02:15:30Z\n"), text);
    // the fraction is dropped, not rounded
    assertEquals(
        "2026-12-06T02:15:30Z", RecordSignature.seconds(Instant.parse("2026-12-06T02:15:30.999Z")));
  }

  @Test
  void chineseIsUtf8AndAnEmptyCertificateDigestIsAnEmptyValue() {
    RecordFacts facts = change(demo(), 9, "");
    byte[] bytes = RecordSignature.canonicalBytes(facts);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\ncertificateSm3Hex=\n"), text);
    assertTrue(text.contains("\nappName=掌上办事\n"), text);
    assertEquals(text.length() + 4 * 2 + 11 * 2, bytes.length, "Han characters are 3 bytes");
  }

  @Test
  void anEqualsSignInAValueForgesNothing() {
    RecordFacts facts = change(demo(), 1, "办事=keyId=forged");
    assertTrue(text(facts).contains("\nappName=办事=keyId=forged\n"));
    byte[] signature = RecordSignature.sign(KEY.privateKey(), facts);
    assertTrue(RecordSignature.verify(KEY.publicKey(), facts, signature));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r", "\u0000", "\t", "\u0085", "\u2028", "\u2029"})
  void aValueThatCouldBreakALineIsRefused(String breaker) {
    RecordFacts forged = change(demo(), 1, "掌上办事" + breaker + "keyId=forged");
    assertThrows(IllegalArgumentException.class, () -> RecordSignature.canonicalBytes(forged));
    assertFalse(
        RecordSignature.verify(
            KEY.publicKey(), forged, RecordSignature.sign(KEY.privateKey(), demo())));
  }

  @Test
  void aMissingFactIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RecordSignature.canonicalBytes(change(demo(), 13, null)));
  }

  @Test
  void theSignatureIsSm2WithTheDefaultIdOverTheCanonicalBytes() {
    byte[] signature = RecordSignature.sign(KEY.privateKey(), demo());
    assertTrue(
        Sm2Signature.verify(KEY.publicKey(), RecordSignature.canonicalBytes(demo()), signature));
    assertTrue(RecordSignature.verify(KEY.publicKey(), demo(), signature));
    assertFalse(RecordSignature.verify(Sm2Keys.generate().publicKey(), demo(), signature));
  }

  @Test
  void oneByteChangedInTheSignatureOrTheTextFailsVerification() {
    byte[] canonical = RecordSignature.canonicalBytes(demo());
    byte[] signature = RecordSignature.sign(KEY.privateKey(), demo());
    for (int i = 0; i < canonical.length; i++) {
      byte[] changed = canonical.clone();
      changed[i] ^= 0x01;
      assertFalse(Sm2Signature.verify(KEY.publicKey(), changed, signature), "text byte " + i);
    }
    for (int i = 0; i < signature.length; i++) {
      byte[] changed = signature.clone();
      changed[i] ^= 0x01;
      assertFalse(RecordSignature.verify(KEY.publicKey(), demo(), changed), "signature byte " + i);
    }
  }

  @Test
  void anyFactChangedFailsVerification() {
    byte[] signature = RecordSignature.sign(KEY.privateKey(), demo());
    List<UnaryOperator<RecordFacts>> changes =
        List.of(
            f -> change(f, 0, "330000-2026-000124-2"),
            f -> change(f, 1, "掌上办事 "),
            f -> change(f, 2, "示例省大数据局"),
            f -> change(f, 3, "330100"),
            f -> change(f, 4, PackagePlatform.HARMONY),
            f -> change(f, 5, "cn.gov.example.zsbs2"),
            f -> change(f, 6, "7.12.1"),
            f -> change(f, 7, 71_201L),
            f -> change(f, 8, f.packageSm3Hex().replace('6', '7')),
            f -> change(f, 9, ""),
            f -> change(f, 10, f.issuedAt().plusSeconds(1)),
            f -> change(f, 11, f.validFrom().minusSeconds(86_400)),
            f -> change(f, 12, f.validUntil().plusSeconds(86_400)),
            f -> change(f, 13, "platform-sm2-2026-02"));
    for (int i = 0; i < changes.size(); i++) {
      RecordFacts changed = changes.get(i).apply(demo());
      assertFalse(RecordSignature.verify(KEY.publicKey(), changed, signature), "component " + i);
    }
    assertArrayEquals(
        RecordSignature.canonicalBytes(demo()),
        RecordSignature.canonicalBytes(change(demo(), 10, demo().issuedAt().plusMillis(500))),
        "within the same second the instant signs the same (fractions are not signed)");
  }

  /** {@code facts} with component {@code index} (declaration order) replaced by {@code value}. */
  static RecordFacts change(RecordFacts facts, int index, Object value) {
    Object[] values = new Object[14];
    var components = RecordFacts.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(facts);
        types[i] = components[i].getType();
      }
      values[index] = value;
      return RecordFacts.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
