package org.onewindow.files;

/**
 * The name an uploader's browser sent, made fit to keep as metadata and show back. It never becomes
 * part of a path (the store names files itself); cleaning only keeps it from misleading whoever
 * reads it later: folders a browser may include are dropped, and so are control and invisible
 * formatting characters (a right-to-left override can make {@code gpj.exe} read as {@code
 * exe.jpg}).
 */
final class OriginalNames {

  /** The longest name kept, in characters (code points). */
  static final int MAX_LENGTH = 100;

  private OriginalNames() {}

  /** The cleaned name; empty when nothing usable is left. */
  static String clean(String name) {
    if (name == null) {
      return "";
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    StringBuilder out = new StringBuilder();
    name.substring(cut + 1).codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
    String cleaned = out.toString().strip();
    if (cleaned.equals(".") || cleaned.equals("..")) {
      return "";
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
    return cleaned;
  }

  /** Control, formatting (bidi, zero-width), separator characters and lone surrogates. */
  static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }
}
