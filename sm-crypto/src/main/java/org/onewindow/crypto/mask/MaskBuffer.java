package org.onewindow.crypto.mask;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One value being masked: its code points, and which of them are hidden so far.
 *
 * <p>Rules speak of <em>information characters</em>: letters and digits of any script (so 张 and 3
 * count, but {@code -}, {@code @}, {@code .}, {@code +} and spaces do not). The 50% of 000 9.4.5 is
 * measured on them, since hiding the dash of 010-12345678 hides nothing. Code points rather than
 * {@code char}s, so that a surname outside the Basic Multilingual Plane (e.g. 𠈌) is one character,
 * masked by one {@code *}.
 */
final class MaskBuffer {

  /** The character that replaces every hidden one. */
  static final char MASK = '*';

  private final int[] codePoints;
  private final boolean[] hidden;

  /** Positions (indices into {@link #codePoints}) of the information characters, in order. */
  private final int[] info;

  private MaskBuffer(String value) {
    // Loops rather than streams: every case the inbound sync takes in masks four values, and the
    // streams' set-up profiled as most of the masking.
    int[] points = new int[value.length()];
    int length = 0;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      points[length++] = codePoint;
      i += Character.charCount(codePoint);
    }
    codePoints = length == points.length ? points : Arrays.copyOf(points, length);
    hidden = new boolean[length];
    int[] positions = new int[length];
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (carriesInformation(codePoints[i])) {
        positions[count++] = i;
      }
    }
    info = Arrays.copyOf(positions, count);
  }

  /**
   * Masks {@code value} by {@code rule}, then widens the mask until at least half of the
   * information characters are hidden, whatever the rule did (000 9.4.5: 脱敏范围应不少于 50%). Null and
   * blank values are returned as they are: there is nothing to hide.
   */
  static String mask(String value, Consumer<MaskBuffer> rule) {
    if (value == null || value.isBlank()) {
      return value;
    }
    MaskBuffer buffer = new MaskBuffer(value);
    rule.accept(buffer);
    buffer.hideAtLeastHalf();
    return buffer.toString();
  }

  static boolean carriesInformation(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }

  /** How many information characters the value has. */
  int infoCount() {
    return info.length;
  }

  /** The {@code i}-th information character. */
  int infoAt(int i) {
    return codePoints[info[i]];
  }

  /** The information characters alone, e.g. the digits of {@code +86 139-0000-1234}. */
  String infoText() {
    StringBuilder text = new StringBuilder(info.length);
    for (int position : info) {
      text.appendCodePoint(codePoints[position]);
    }
    return text.toString();
  }

  /** How many code points the value has. */
  int length() {
    return codePoints.length;
  }

  int codePointAt(int position) {
    return codePoints[position];
  }

  /** The position of the {@code i}-th information character among all code points. */
  int positionOfInfo(int i) {
    return info[i];
  }

  /** Hides the information characters with indices {@code from} (inclusive) to {@code to}. */
  void hideInfo(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, info.length); i++) {
      hidden[info[i]] = true;
    }
  }

  /** Hides every code point from {@code from} (inclusive) to {@code to}, separators included. */
  void hidePositions(int from, int to) {
    for (int position = Math.max(0, from); position < Math.min(to, hidden.length); position++) {
      hidden[position] = true;
    }
  }

  /** How many information characters are hidden. */
  int hiddenInfo() {
    int count = 0;
    for (int position : info) {
      if (hidden[position]) {
        count++;
      }
    }
    return count;
  }

  /** Whether at least half of the information characters are hidden (000 9.4.5). */
  boolean hidesAtLeastHalf() {
    return 2 * hiddenInfo() >= info.length;
  }

  /**
   * The safety net under every rule: hides visible information characters from the end until at
   * least half are hidden. From the end, because every rule keeps the value's beginning — the part
   * 示例8 shows (姓**, 1101…, 1390…) and the least identifying one.
   */
  private void hideAtLeastHalf() {
    for (int i = info.length - 1; i >= 0 && !hidesAtLeastHalf(); i--) {
      hidden[info[i]] = true;
    }
  }

  @Override
  public String toString() {
    StringBuilder masked = new StringBuilder(codePoints.length);
    for (int position = 0; position < codePoints.length; position++) {
      if (hidden[position]) {
        masked.append(MASK);
      } else {
        masked.appendCodePoint(codePoints[position]);
      }
    }
    return masked.toString();
  }
}
