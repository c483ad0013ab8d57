package org.onewindow.crypto.mask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data inside free text, for log filters (003 6.3.2.1 d: 日志打印时，应脱敏打印
 * 姓名、身份证号、密钥等敏感数据). Each value found is masked as {@link Masking} would mask it; everything else is
 * left exactly as it was.
 *
 * <p>What it finds:
 *
 * <ul>
 *   <li>the value of a {@code key=value}, {@code key: value} or {@code "key":"value"} pair whose
 *       key is sensitive — see {@link SensitiveKey} for the list (name, realName, idCard, idNumber,
 *       idNo, certNo, mobile, phone, address; password, passwd, pwd, secret, key, token and keys
 *       ending in them). Credentials become {@code ******} whatever their length. An unquoted value
 *       ends at white space, at {@code , ; &} or a bracket, or at Chinese punctuation; a quoted one
 *       at its closing quote, or at the end of the text if that is missing;
 *   <li>e-mail addresses;
 *   <li>18-character resident ID numbers — only those that pass {@link IdCardNumber} (check
 *       character and birth date), so that order, case and transaction numbers of 18 digits stay
 *       readable in logs. The check character catches 10 of 11 random numbers and the date most of
 *       the rest; a real ID number is never missed;
 *   <li>bank card numbers: runs of 16 to 19 digits that pass the Luhn check. One random digit run
 *       in ten passes too and is masked: in a log, hiding too much beats showing a card;
 *   <li>mainland mobile numbers: 11 digits starting with 13 to 19, optionally after 86.
 * </ul>
 *
 * <p>Numbers must stand alone as digit runs: 11 digits inside a longer run are not a mobile. Only
 * digits delimit them — letters and Chinese text may touch them (手机13900001234), since Chinese puts
 * no space there. Not found: numbers written in groups (139 0000 1234), 15-digit old ID numbers
 * (they have no check character to tell them from other numbers), names and addresses outside
 * key-value pairs, and JSON nested as an escaped string; mask the message before it is encoded.
 *
 * <p>The patterns are compiled once. No repetition in them can backtrack — each is possessive or
 * bounded — and each alternative may start only at the beginning of a word or digit run, so the
 * time is linear in the text (see the test with hostile input). The class has no state: any thread
 * may call it.
 */
public final class TextMasker {

  /** The three things to look for; exactly one named group matches. */
  private static final Pattern CANDIDATES =
      Pattern.compile(
          // A key and its separator only: the value is read after deciding the key is sensitive,
          // so that values of other keys are still searched for e-mails and numbers.
          "(?<![A-Za-z0-9_-])(?<quote>[\"']?)(?<key>[A-Za-z][A-Za-z0-9_-]*+)\\k<quote>\\s*+[:=]\\s*+"
              + "|(?<email>(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++"
              + "(?:\\.[A-Za-z0-9-]++)++)"
              + "|(?<![0-9])(?<digits>[0-9]{11,19}+)(?<x>[Xx])?(?![0-9])");

  /** A pair's value: double-quoted, single-quoted or bare. */
  private static final Pattern VALUE =
      Pattern.compile(
          "\"(?<dq>[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"?"
              + "|'(?<sq>[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+)'?"
              + "|(?<bare>[^\\s,;&\"'<>()\\[\\]{}，；。、）】」》]++)");

  private static final Pattern MOBILE = Pattern.compile("(?:86)?1[3-9][0-9]{9}");

  private TextMasker() {}

  /**
   * Masks one value of a structured record (a JSON member, a form field): by its key when the key
   * is sensitive (a name as 王**, an ID number, a phone, an address, a credential as ******), else
   * as free text, so an ID or mobile number inside it is still found. For response masking of
   * structured answers (000 9.4.5), where no {@code key=value} text exists to search.
   */
  public static String maskValue(String key, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    SensitiveKey kind = key == null ? null : SensitiveKey.of(key);
    return kind != null ? kind.mask(value) : mask(value);
  }

  /** {@code text} with the personal data it contains masked; {@code null} for {@code null}. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int from = 0;
    Matcher candidate = CANDIDATES.matcher(text);
    Matcher value = VALUE.matcher(text);
    while (from < text.length() && candidate.find(from)) {
      int start;
      int end;
      String masked;
      if (candidate.start("key") >= 0) {
        SensitiveKey key = SensitiveKey.of(candidate.group("key"));
        value.region(candidate.end(), text.length());
        if (key == null || !value.lookingAt()) {
          // Search on inside the key: it may hold a number (uid13900001234=…).
          from = candidate.start() + 1;
          continue;
        }
        String group = value.start("dq") >= 0 ? "dq" : value.start("sq") >= 0 ? "sq" : "bare";
        start = value.start(group);
        end = value.end(group);
        masked = key.mask(value.group(group));
        from = value.end();
      } else if (candidate.start("email") >= 0) {
        start = candidate.start();
        end = candidate.end();
        masked = Masking.email(candidate.group());
        from = end;
      } else {
        from = candidate.end();
        start = candidate.start("digits");
        end = idNumberEnd(candidate);
        if (end < 0) {
          end = candidate.end("digits");
          masked = maskNumber(candidate.group("digits"));
        } else {
          masked = Masking.idNumber(text.substring(start, end));
        }
        if (masked == null) {
          continue;
        }
      }
      out.append(text, copied, start).append(masked);
      copied = end;
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** Where the ID number the digit run starts ends, or -1 if the run is not a valid ID number. */
  private static int idNumberEnd(Matcher candidate) {
    String digits = candidate.group("digits");
    String x = candidate.group("x");
    if (digits.length() == IdCardNumber.LENGTH - 1 && x != null) {
      return IdCardNumber.isValid(digits + x) ? candidate.end("x") : -1;
    }
    return digits.length() == IdCardNumber.LENGTH && IdCardNumber.isValid(digits)
        ? candidate.end("digits")
        : -1;
  }

  /** A run of digits masked as a card or mobile number, or {@code null} if it is neither. */
  private static String maskNumber(String digits) {
    if (digits.length() >= 16 && Luhn.isValid(digits)) {
      return Masking.bankCard(digits);
    }
    if (MOBILE.matcher(digits).matches()) {
      return Masking.mobile(digits);
    }
    return null;
  }
}
