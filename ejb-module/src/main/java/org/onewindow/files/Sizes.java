package org.onewindow.files;

import org.onewindow.common.Message;

/** Byte counts as uploaders read them in messages: “512 KiB”, “50 MiB”, “1 GiB”. */
final class Sizes {

  private Sizes() {}

  static Message describe(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return Message.of("files.size.GiB", String.valueOf(bytes >> 30));
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return Message.of("files.size.MiB", String.valueOf(bytes >> 20));
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return Message.of("files.size.KiB", String.valueOf(bytes >> 10));
    }
    return Message.of("files.size.bytes", String.valueOf(bytes));
  }
}
