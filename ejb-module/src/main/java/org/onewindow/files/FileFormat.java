package org.onewindow.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file really is, told by its first bytes (its magic number). Names and declared content
 * types come from the client and prove nothing, so they are never consulted.
 */
public enum FileFormat {
  /** Local file header signature {@code PK\3\4} (APPNOTE 4.3.7); APKs are zips too. */
  ZIP("application/zip", new byte[] {'P', 'K', 3, 4}),
  /** The eight-byte PNG signature (ISO/IEC 15948 5.2). */
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  /** SOI followed by the first marker's 0xFF (ISO/IEC 10918-1 B.1.1.3). */
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  /** Enough leading bytes to tell every format apart. */
  public static final int HEAD_LENGTH = 8;

  private final String contentType;
  private final byte[] magic;

  FileFormat(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  /** The content type to serve the file with. */
  public String contentType() {
    return contentType;
  }

  /**
   * The format whose magic bytes {@code head} starts with.
   *
   * @param head the file's first bytes (at least {@link #HEAD_LENGTH} when the file is that long)
   */
  public static Optional<FileFormat> detect(byte[] head, int length) {
    for (FileFormat format : values()) {
      int n = format.magic.length;
      if (length >= n && Arrays.equals(head, 0, n, format.magic, 0, n)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
