package org.onewindow.files;

import org.onewindow.common.InvalidInputException;

/**
 * The names a zip entry may have. Whatever unpacks or serves a package later must never be led
 * outside its folder (“zip slip”), so a name is refused outright rather than cleaned: {@code ..}
 * and {@code .} segments, absolute paths, backslashes (a separator on Windows), colons (drive
 * letters, NTFS streams), control characters including NUL (which truncates names in native code)
 * and empty segments are all refused.
 */
final class EntryNames {

  /** Far beyond any real asset path; also bounds what a message echoes. */
  static final int MAX_LENGTH = 512;

  private static final int SHOWN_LENGTH = 80;

  private EntryNames() {}

  /**
   * Checks an entry name.
   *
   * @param field the form field, for the exception
   * @return the name without the trailing {@code /} of a directory entry
   * @throws InvalidInputException naming the entry
   */
  static String check(String name, int maxDepth, String field) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      throw InvalidInputException.keyed(field, "files.zip.illegalPath", shown(name));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        throw InvalidInputException.keyed(field, "files.zip.illegalPath", shown(name));
      }
    }
    if (name.startsWith("/")) {
      throw InvalidInputException.keyed(field, "files.zip.illegalPath", shown(name));
    }
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String[] segments = path.split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw InvalidInputException.keyed(field, "files.zip.illegalPath", shown(name));
      }
    }
    if (segments.length > maxDepth) {
      throw InvalidInputException.keyed(
          field, "files.zip.tooDeep", String.valueOf(maxDepth), shown(name));
    }
    return path;
  }

  /** A name fit for a message: control characters made visible, long names shortened. */
  static String shown(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .limit(SHOWN_LENGTH)
        .forEach(c -> out.appendCodePoint(OriginalNames.isInvisible(c) ? '?' : c));
    if (name.codePointCount(0, name.length()) > SHOWN_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }
}
