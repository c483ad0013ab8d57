package org.onewindow.filing.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;

/**
 * The SM2 signature of a filing record (000 10; issue 18 item 3) and the bytes it covers: what lets
 * anyone, logged in or not, check with their own tools that the platform issued a record saying
 * exactly this. Specified in {@code docs/wire-formats.md} ("Filing record signature"), with an
 * OpenSSL 3 command that verifies it.
 *
 * <p>The canonical text is UTF-8, one line per fact, each line ended by a line feed (LF, also after
 * the last):
 *
 * <pre>
 * onewindow-filing-record/1
 * filingNumber=330000-2026-000123-4
 * appName=…
 * unitName=…
 * divisionCode=330000
 * platform=ANDROID
 * packageName=…
 * versionName=…
 * versionCode=…
 * packageSm3Hex=…
 * certificateSm3Hex=…          (empty where the package kind carries no certificate)
 * issuedAt=2026-12-06T10:15:30Z
 * validFrom=2026-12-06
 * validUntil=2029-12-05
 * keyId=…
 * </pre>
 *
 * Names and order are fixed by format version 1 (the first line). A value runs from the first
 * {@code =} of its line to the line's end, so an {@code =} inside a value changes nothing; what
 * could end a line early — a control character (CR and LF among them) or a Unicode line or
 * paragraph separator — is refused, never escaped, so that a value means what it shows. Values are
 * signed as given: no trimming, no Unicode normalization. The issue instant is written in UTC to
 * the second ({@code Z}, fractions dropped); the validity days as ISO-8601 dates.
 *
 * <p>The signature is SM2 with SM3 (GB/T 32918.2), the signer ID {@code 1234567812345678}, DER.
 */
public final class RecordSignature {

  /** The first line: the format and its version. */
  public static final String FORMAT_VERSION = "onewindow-filing-record/1";

  private static final DateTimeFormatter SECONDS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private RecordSignature() {}

  /**
   * The bytes the signature covers.
   *
   * @throws IllegalArgumentException when a fact is missing or holds a character that could break a
   *     line (the filing's input rules refuse them long before a record is issued)
   */
  public static byte[] canonicalBytes(RecordFacts facts) {
    Lines lines = new Lines();
    lines.add("filingNumber", facts.filingNumber());
    lines.add("appName", facts.appName());
    lines.add("unitName", facts.unitName());
    lines.add("divisionCode", facts.divisionCode());
    lines.add("platform", facts.platform() == null ? null : facts.platform().name());
    lines.add("packageName", facts.packageName());
    lines.add("versionName", facts.versionName());
    lines.add("versionCode", Long.toString(facts.versionCode()));
    lines.add("packageSm3Hex", facts.packageSm3Hex());
    lines.add("certificateSm3Hex", facts.certificateSm3Hex());
    lines.add("issuedAt", facts.issuedAt() == null ? null : seconds(facts.issuedAt()));
    lines.add("validFrom", facts.validFrom() == null ? null : seconds(facts.validFrom()));
    lines.add("validUntil", facts.validUntil() == null ? null : seconds(facts.validUntil()));
    lines.add("keyId", facts.keyId());
    return lines.bytes();
  }

  /** The record's signature with the platform key {@code key}: DER, default signer ID. */
  public static byte[] sign(Sm2PrivateKey key, RecordFacts facts) {
    return Sm2Signature.sign(key, canonicalBytes(facts));
  }

  /**
   * True only when {@code signature} is {@code key}'s signature over exactly these facts; false for
   * any other facts, any other key, a malformed signature or facts that have no canonical text.
   */
  public static boolean verify(Sm2PublicKey key, RecordFacts facts, byte[] signature) {
    byte[] canonical;
    try {
      canonical = canonicalBytes(facts);
    } catch (IllegalArgumentException e) {
      return false; // no record was ever signed with such facts
    }
    return Sm2Signature.verify(key, canonical, signature);
  }

  /** The instant as the canonical text writes it: UTC, to the second. */
  static String seconds(Instant instant) {
    return SECONDS_UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The canonical text as it grows: the version line first. */
  private static final class Lines {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Lines() {
      line(FORMAT_VERSION);
    }

    void add(String name, String value) {
      if (value == null) {
        throw new IllegalArgumentException("the record has no " + name);
      }
      value
          .codePoints()
          .filter(RecordSignature::breaksLines)
          .findFirst()
          .ifPresent(
              c -> {
                throw new IllegalArgumentException(
                    String.format("%s holds U+%04X, which a record cannot sign", name, c));
              });
      line(name + "=" + value);
    }

    private void line(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }

  private static boolean breaksLines(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
