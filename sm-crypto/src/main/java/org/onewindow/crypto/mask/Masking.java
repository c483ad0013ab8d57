package org.onewindow.crypto.mask;

/**
 * Masks one known kind of personal value for display (000 9.4.5, 示例8).
 *
 * <p>Each method keeps the part of the value that helps its owner recognise it and hides the rest
 * by {@code *}, one per character, so the result has the value's length. Whatever a rule keeps, at
 * least half of the letters and digits are hidden in the end (脱敏范围应不少于 50%): when the rule's form
 * would show more — a short value, an odd format — the mask is widened from the end.
 *
 * <p>Every method returns {@code null} for {@code null} and a blank value as it is. Values in a
 * format the method does not recognise are still masked, by the rule's fallback and the 50% net;
 * none of them throws.
 */
public final class Masking {

  private Masking() {}

  /**
   * A personal name: the first character (the surname) stays, the rest is hidden — 张三 → 张*, 欧阳娜娜 →
   * 欧***, a one-character value → {@code *} (000 9.4.5, 示例8: 姓**). Two-character surnames such as
   * 欧阳 keep only their first character, as the example asks.
   */
  public static String name(String value) {
    return MaskBuffer.mask(
        value,
        buffer -> {
          if (buffer.infoCount() > 0) {
            buffer.hidePositions(buffer.positionOfInfo(0) + 1, buffer.length());
          }
        });
  }

  /**
   * An ID number: the first quarter of its characters stays. For the 18-character resident ID (GB
   * 11643) that is the first 4, the province and city of its address code: 110101199003074514 →
   * 1101************** exactly as 000 9.4.5 示例8 shows. A 15-digit old-style number keeps 3.
   */
  public static String idNumber(String value) {
    return MaskBuffer.mask(
        value, buffer -> buffer.hideInfo(buffer.infoCount() / 4, Integer.MAX_VALUE));
  }

  /**
   * A mainland mobile number (11 digits): the first 4 stay, the last 7 are hidden — 13900001234 →
   * 1390******* (000 9.4.5, 示例8). A country code 86 or 0086 in front, with or without {@code +},
   * stays as well: +8613900001234 → +861390*******. Anything else keeps its first quarter.
   */
  public static String mobile(String value) {
    return MaskBuffer.mask(
        value,
        buffer -> {
          String digits = buffer.infoText();
          int prefix = countryCodeLength(digits);
          int keep = digits.length() - prefix == 11 ? prefix + 4 : digits.length() / 4;
          buffer.hideInfo(keep, Integer.MAX_VALUE);
        });
  }

  private static int countryCodeLength(String digits) {
    if (digits.length() == 13 && digits.startsWith("861")) {
      return 2;
    }
    if (digits.length() == 15 && digits.startsWith("00861")) {
      return 4;
    }
    return 0;
  }

  /**
   * A landline number such as 010-12345678 or 0571-87654321: the area code stays (3 digits for 010
   * and 02x, 4 for the other codes beginning with 0), the subscriber number is hidden except its
   * last 2 digits when hiding the rest still hides half of all digits — 010-******78,
   * 0571-******21. A number without a leading 0 has no area code.
   */
  public static String landline(String value) {
    return MaskBuffer.mask(
        value,
        buffer -> {
          String digits = buffer.infoText();
          int n = digits.length();
          int area = areaCodeLength(digits);
          int tail = 2 * (n - area - 2) >= n ? 2 : 0;
          buffer.hideInfo(area, n - tail);
        });
  }

  private static int areaCodeLength(String digits) {
    if (digits.length() < 3 || digits.charAt(0) != '0') {
      return 0;
    }
    // Beijing (010) and the big cities of 02x have 3-digit codes; every other one has 4.
    char second = digits.charAt(1);
    return second == '1' || second == '2' ? 3 : 4;
  }

  /**
   * A bank card number: the first 4 (the issuer) and last 4 (what cardholders know as 尾号) stay when
   * that hides at least half — 6222021234567894 → 6222********7894 for the usual 16 to 19 digits.
   * Shorter numbers keep fewer at each end. Spaces between groups stay where they are.
   */
  public static String bankCard(String value) {
    return MaskBuffer.mask(
        value,
        buffer -> {
          int n = buffer.infoCount();
          int visible = n / 2;
          int head = Math.min(4, (visible + 1) / 2);
          int tail = Math.min(4, visible - head);
          buffer.hideInfo(head, n - tail);
        });
  }

  /**
   * A postal address: the administrative part stays — up to the last 省, 市, 区, 县, 州, 盟 or 旗 within
   * the first 6 characters, or the first 6 when there is none — but never more than half:
   * 北京市朝阳区建国路88号 → 北京市朝阳区******, 上海市浦东新区张江路 → 上海市*******.
   */
  public static String address(String value) {
    return MaskBuffer.mask(value, AddressRule::apply);
  }

  /**
   * An e-mail address: the first character of the local part stays, the rest of the local part is
   * hidden, and the domain stays when that hides half of all letters and digits —
   * zhangsanfeng@example.com → z***********@example.com. The domain's letters count as well (a
   * custom domain can name its owner), so with a shorter local part whole domain labels are hidden
   * from the left, the top-level domain last: zhangsan@example.com → z*******@*******.com,
   * zs@163.com → z*@***.com.
   */
  public static String email(String value) {
    return MaskBuffer.mask(value, EmailRule::apply);
  }
}
