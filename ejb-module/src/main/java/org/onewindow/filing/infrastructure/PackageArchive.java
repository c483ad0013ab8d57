package org.onewindow.filing.infrastructure;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.onewindow.files.ZipLimits;

/**
 * An install package opened as a zip archive, read only within bounds (the kernel's {@link
 * ZipLimits}): at most so many entries, and a metadata file is read by counting the bytes it really
 * inflates to, never by the size its headers claim, so a zip bomb stops a buffer past the limit.
 * Anything the JDK's zip code cannot parse — a truncated or corrupt archive — is refused as {@code
 * filing.package.corrupt}.
 */
final class PackageArchive implements AutoCloseable {

  private static final int BUFFER = 16 << 10;

  private final Path file;
  private final ZipFile zip;
  private final ZipLimits limits;
  private final Map<String, ZipEntry> entries;

  private PackageArchive(Path file, ZipFile zip, ZipLimits limits, Map<String, ZipEntry> entries) {
    this.file = file;
    this.zip = zip;
    this.limits = limits;
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
      return new PackageArchive(file, zip, limits, entries);
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
   * Walks the archive once more through its local headers, as a streaming unpacker sees it, and
   * refuses it unless every entry there has the name and compression method of the central
   * directory, and the same entries are there. Tools that read one or the other (the installer and
   * app markets the central directory, some unpackers the local headers) would otherwise see
   * different packages — the trick of AOSP's {@code mismatched-compression-method.apk}. Inflates
   * everything once, within the limits' total and per-entry bytes.
   */
  void checkLocalHeadersAgree() throws IOException {
    Map<String, ZipEntry> unseen = new HashMap<>(entries);
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    try (ZipInputStream local =
        new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
      for (ZipEntry entry = local.getNextEntry(); entry != null; entry = local.getNextEntry()) {
        ZipEntry central = unseen.remove(entry.getName());
        if (central == null || central.getMethod() != entry.getMethod()) {
          throw PackageRefusals.refuse("headersDisagree");
        }
        long inflated = 0;
        for (int n = local.read(buffer); n > 0; n = local.read(buffer)) {
          inflated += n;
          total += n;
          if (inflated > limits.maxEntryBytes()) {
            throw tooLarge(entry.getName(), limits.maxEntryBytes());
          }
          if (total > limits.maxTotalBytes()) {
            throw PackageRefusals.refuse("totalTooLarge", size(limits.maxTotalBytes()));
          }
        }
      }
    } catch (ZipException e) {
      // the JDK refuses, among others, a stored entry whose local header announces a data
      // descriptor: only a deflated entry can have one
      throw PackageRefusals.refuse(e, "headersDisagree");
    } catch (EOFException | IllegalArgumentException e) {
      throw PackageRefusals.refuse(e, "corrupt");
    }
    if (!unseen.isEmpty()) {
      throw PackageRefusals.refuse("headersDisagree");
    }
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
