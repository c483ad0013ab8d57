package org.onewindow.common;

/**
 * The input rules every text field obeys, in one place for every capability (issue 14: one set of
 * input rules). A single-line field (a name, a title, a code) holds printable text only; a
 * multi-line field (a description, a reason, a reply) may also hold line feeds and tabs.
 *
 * <p>Refused everywhere: the C0 controls (NUL, BEL, ESC, …), DEL and the C1 controls, which
 * terminals, logs and exports interpret rather than show; and the bidirectional controls (U+202A–
 * U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which make a name display differently from what
 * it is (a reviewer would approve one text and the platform keep another). The line and paragraph
 * separators U+2028 and U+2029 count as line breaks. A browser's CR LF line ending is read as LF.
 */
public final class InputRules {

  private InputRules() {}

  /**
   * A single-line text, stripped of surrounding blanks ({@code ""} for null).
   *
   * @throws InvalidInputException naming {@code field} when it holds a control character, a line
   *     break or a bidirectional control
   */
  public static String singleLine(String field, String text) {
    String value = text == null ? "" : text.strip();
    refuseHidden(field, value, false);
    return value;
  }

  /**
   * A multi-line text, stripped of surrounding blanks, CR LF read as LF ({@code ""} for null).
   *
   * @throws InvalidInputException naming {@code field} when it holds a control character other than
   *     a line feed or a tab, or a bidirectional control
   */
  public static String multiLine(String field, String text) {
    String value = text == null ? "" : text.replace("\r\n", "\n").strip();
    refuseHidden(field, value, true);
    return value;
  }

  private static void refuseHidden(String field, String value, boolean lines) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (lines && (c == '\n' || c == '\t')) {
        continue;
      }
      if (isLineBreak(c)) {
        throw InvalidInputException.keyed(field, "common.input.lineBreak", field);
      }
      if (Character.getType(c) == Character.CONTROL) {
        throw InvalidInputException.keyed(field, "common.input.control", field, codePoint(c));
      }
      if (isBidiControl(c)) {
        throw InvalidInputException.keyed(field, "common.input.bidi", field, codePoint(c));
      }
    }
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }

  /**
   * The explicit directional formatting characters of Unicode's bidirectional algorithm (UAX 9).
   */
  static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /** {@code U+001B}: how the message names the character, since it cannot show it. */
  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
