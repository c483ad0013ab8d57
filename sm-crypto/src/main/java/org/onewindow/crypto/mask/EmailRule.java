package org.onewindow.crypto.mask;

/** How {@link Masking#email} masks an e-mail address. */
final class EmailRule {

  private EmailRule() {}

  static void apply(MaskBuffer buffer) {
    int at = lastIndexOf(buffer, '@', buffer.length());
    if (at <= 0 || at == buffer.length() - 1) {
      // Not an address: keep the first quarter, like any value of unknown format.
      buffer.hideInfo(buffer.infoCount() / 4, Integer.MAX_VALUE);
      return;
    }
    hideLocalPart(buffer, at);
    hideDomainLabelsWhileNeeded(buffer, at);
  }

  /**
   * Keeps the first character of the local part and hides everything else in it, dots and
   * underscores too, so zhang.san does not show that it has two parts. A one-character local part
   * is hidden whole: keeping it would show it all.
   */
  private static void hideLocalPart(MaskBuffer buffer, int at) {
    int first = 0;
    while (first < at && !MaskBuffer.carriesInformation(buffer.codePointAt(first))) {
      first++;
    }
    int letters = 0;
    for (int position = first; position < at; position++) {
      if (MaskBuffer.carriesInformation(buffer.codePointAt(position))) {
        letters++;
      }
    }
    buffer.hidePositions(letters >= 2 ? first + 1 : 0, at);
  }

  /**
   * 000 9.4.5: a short local part hides too little, so hide domain labels from the left
   * (example.com → *******.com) until half is hidden; the top-level domain goes last, through the
   * general 50% net.
   */
  private static void hideDomainLabelsWhileNeeded(MaskBuffer buffer, int at) {
    int labelStart = at + 1;
    int lastDot = lastIndexOf(buffer, '.', buffer.length());
    while (!buffer.hidesAtLeastHalf() && labelStart < lastDot) {
      int labelEnd = labelStart;
      while (labelEnd < buffer.length() && buffer.codePointAt(labelEnd) != '.') {
        labelEnd++;
      }
      buffer.hidePositions(labelStart, labelEnd);
      labelStart = labelEnd + 1;
    }
  }

  private static int lastIndexOf(MaskBuffer buffer, int codePoint, int before) {
    for (int position = before - 1; position >= 0; position--) {
      if (buffer.codePointAt(position) == codePoint) {
        return position;
      }
    }
    return -1;
  }
}
