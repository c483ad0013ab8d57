package org.onewindow.crypto.mask;

/** How {@link Masking#address} decides what part of an address stays visible. */
final class AddressRule {

  /** At most this many characters stay: 北京市朝阳区, 浙江省杭州市. */
  private static final int MAX_KEPT = 6;

  /** The characters that end an administrative division's name (自治区 ends with 区, and so on). */
  private static final String DIVISION_ENDINGS = "省市区县州盟旗";

  private AddressRule() {}

  static void apply(MaskBuffer buffer) {
    int n = buffer.infoCount();
    // 000 9.4.5: never keep more than half, whatever the divisions say.
    int limit = Math.min(MAX_KEPT, n / 2);
    int keep = limit;
    for (int i = limit - 1; i >= 0; i--) {
      // Stop after a whole division rather than inside the next one: 上海市浦东 → 上海市.
      if (DIVISION_ENDINGS.indexOf(buffer.infoAt(i)) >= 0) {
        keep = i + 1;
        break;
      }
    }
    buffer.hideInfo(keep, n);
  }
}
