package org.onewindow.files;

/** Byte counts as uploaders read them in messages: “512 KiB”, “50 MiB”, “1 GiB”. */
final class Sizes {

  private Sizes() {}

  static String describe(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " 字节";
  }
}
