package org.onewindow.filing.infrastructure;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.onewindow.files.ZipLimits;

/**
 * An install package opened as a zip archive, read only within bounds (the kernel's {@link
 * ZipLimits}): at most so many entries, and a metadata file is read by counting the bytes it really
 * inflates to, never by the size its headers claim, so a zip bomb stops a buffer past the limit.
 * Anything the JDK's zip code cannot parse — a truncated or corrupt archive — is refused as {@code
 * filing.package.corrupt}.
 *
 * <p>Only the metadata files read here are inflated. The whole archive's checks — every entry's
 * inflated bytes and ratio, entry names — are the upload's, by the files kernel's {@code
 * PackageInspector}, before a package is stored; apksig then digests an APK's entries as streams,
 * never holding one in memory.
 */
final class PackageArchive implements AutoCloseable {

  private static final int LOCAL_SIGNATURE = 0x04034b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int LOCAL_HEADER = 30;
  private static final int CENTRAL_RECORD = 46;
  private static final int END_RECORD = 22;

  /** A central directory of 10,000 entries with long names is some MiB. */
  private static final long MAX_DIRECTORY_BYTES = 64L << 20;

  private final Path file;
  private final ZipFile zip;
  private final Map<String, ZipEntry> entries;

  private PackageArchive(Path file, ZipFile zip, Map<String, ZipEntry> entries) {
    this.file = file;
    this.zip = zip;
    this.entries = entries;
  }

  /**
   * Opens {@code file}'s central directory.
   *
   * @throws org.onewindow.common.InvalidInputException when it is no zip, is damaged, holds more
   *     entries than {@code limits} allow or names an entry twice
   */
  static PackageArchive open(Path file, ZipLimits limits) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw PackageRefusals.refuse(e, "corrupt");
    }
    try {
      if (zip.size() > limits.maxEntries()) {
        throw PackageRefusals.refuse("tooManyEntries", String.valueOf(limits.maxEntries()));
      }
      Map<String, ZipEntry> entries = new HashMap<>();
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entries.put(entry.getName(), entry) != null) {
          // two entries of one name: tools disagree on which one counts
          throw PackageRefusals.refuse("duplicateEntry");
        }
      }
      return new PackageArchive(file, zip, entries);
    } catch (RuntimeException | Error e) {
      zip.close();
      throw e;
    }
  }

  /** The names of the archive's entries (its central directory). */
  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** The uncompressed size the central directory claims for {@code name}, or -1. */
  long declaredSize(String name) {
    ZipEntry entry = entries.get(name);
    return entry == null ? -1 : entry.getSize();
  }

  /**
   * The bytes of entry {@code name}.
   *
   * @throws org.onewindow.common.InvalidInputException when it inflates to more than {@code
   *     maxBytes} or cannot be inflated
   */
  byte[] read(String name, int maxBytes) throws IOException {
    ZipEntry entry = entries.get(name);
    if (entry == null) {
      throw new IllegalArgumentException("no entry " + name);
    }
    if (entry.getSize() > maxBytes) {
      throw tooLarge(name, maxBytes);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(maxBytes);
      if (in.read() >= 0) {
        throw tooLarge(name, maxBytes);
      }
      return bytes;
    } catch (ZipException | EOFException e) {
      throw PackageRefusals.refuse(e, "corrupt");
    }
  }

  /**
   * Compares every entry's local header with its central directory record and refuses the archive
   * unless both give the same name and compression method. Tools that read one or the other (the
   * installer and app markets the central directory, streaming unpackers the local headers) would
   * otherwise see different packages — the trick of AOSP's {@code
   * mismatched-compression-method.apk}. Reads only headers: the end of central directory record,
   * the directory, and each entry's local header at the offset the directory gives.
   */
  void checkLocalHeadersAgree() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = channel.size();
      ByteBuffer end = endOfCentralDirectory(channel, length);
      int count = end.getShort(10) & 0xffff;
      long directorySize = end.getInt(12) & 0xffffffffL;
      long directoryOffset = end.getInt(16) & 0xffffffffL;
      if (count != entries.size()
          || directoryOffset + directorySize > length
          || directorySize > MAX_DIRECTORY_BYTES) {
        // ZIP64, which no APK uses, ends up here too
        throw PackageRefusals.refuse("headersDisagree");
      }
      ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
      int at = 0;
      for (int i = 0; i < count; i++) {
        check(at + CENTRAL_RECORD <= directorySize && directory.getInt(at) == CENTRAL_SIGNATURE);
        int method = directory.getShort(at + 10) & 0xffff;
        int nameLength = directory.getShort(at + 28) & 0xffff;
        int extraLength = directory.getShort(at + 30) & 0xffff;
        int commentLength = directory.getShort(at + 32) & 0xffff;
        long localOffset = directory.getInt(at + 42) & 0xffffffffL;
        check(at + CENTRAL_RECORD + nameLength <= directorySize);
        byte[] name = new byte[nameLength];
        directory.get(at + CENTRAL_RECORD, name);
        check(localOffset + LOCAL_HEADER + nameLength <= directoryOffset);
        ByteBuffer local = read(channel, localOffset, LOCAL_HEADER + nameLength);
        byte[] localName = new byte[nameLength];
        local.get(LOCAL_HEADER, localName);
        check(
            local.getInt(0) == LOCAL_SIGNATURE
                && (local.getShort(8) & 0xffff) == method
                && (local.getShort(26) & 0xffff) == nameLength
                && Arrays.equals(name, localName));
        at += CENTRAL_RECORD + nameLength + extraLength + commentLength;
      }
    }
  }

  private static void check(boolean agree) {
    if (!agree) {
      throw PackageRefusals.refuse("headersDisagree");
    }
  }

  /** The end of central directory record: the last one within a comment's reach of the end. */
  private static ByteBuffer endOfCentralDirectory(FileChannel channel, long length)
      throws IOException {
    int tail = (int) Math.min(length, END_RECORD + 0xffff);
    ByteBuffer buffer = read(channel, length - tail, tail);
    for (int at = tail - END_RECORD; at >= 0; at--) {
      if (buffer.getInt(at) == END_SIGNATURE
          && at + END_RECORD + (buffer.getShort(at + 20) & 0xffff) == tail) {
        return buffer.slice(at, END_RECORD).order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    throw PackageRefusals.refuse("corrupt");
  }

  private static ByteBuffer read(FileChannel channel, long position, int size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw PackageRefusals.refuse("corrupt");
      }
    }
    return buffer.flip();
  }

  private static RuntimeException tooLarge(String name, long maxBytes) {
    return PackageRefusals.refuse("entryTooLarge", shown(name), size(maxBytes));
  }

  /** A limit for people: whole MiB where it is some, else KiB. */
  static String size(long bytes) {
    return bytes >= 1 << 20 && bytes % (1 << 20) == 0
        ? (bytes >> 20) + " MiB"
        : Math.max(1, bytes >> 10) + " KiB";
  }

  /** An entry's name as a message may quote it: printable, at most 100 characters. */
  static String shown(String name) {
    String printable = name.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 100 ? printable : printable.substring(0, 100) + "…";
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
