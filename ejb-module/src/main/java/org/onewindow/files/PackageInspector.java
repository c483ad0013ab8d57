package org.onewindow.files;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.onewindow.common.InvalidInputException;

/**
 * Looks inside a stored zip package (an H5 app or an APK) before it is accepted.
 *
 * <p>The archive is read twice, both times without trusting a size it declares. First its central
 * directory, which is what {@link ZipFile}, Android's installer and most unpackers go by: it must
 * parse and hold no more than the allowed entries. Then every entry is streamed through {@link
 * ZipInputStream} and its bytes counted as they really inflate, so a zip bomb is stopped after at
 * most one buffer past a limit; a zip inside the zip is counted as the plain bytes it is and never
 * opened. The names of both passes must agree, or an unpacker could see entries the inspection did
 * not (a known trick with hidden local headers).
 */
public final class PackageInspector {

  private static final Pattern DEX = Pattern.compile("classes\\d*\\.dex");

  /** macOS Finder adds these to every zip it makes; they are not a second app folder. */
  private static final String MAC_FOLDER = "__MACOSX";

  private static final String MAC_FILE = ".DS_Store";

  private static final int BUFFER = 64 << 10;

  private final ZipLimits limits;

  public PackageInspector(ZipLimits limits) {
    this.limits = limits;
  }

  /**
   * Inspects a zip file of {@code kind}.
   *
   * @throws InvalidInputException when the package breaks a rule or a limit, or is no valid zip
   * @throws IOException when the file cannot be read
   */
  public PackageSummary inspect(Path file, FileKind kind) throws IOException {
    if (!kind.isPackage()) {
      throw new IllegalArgumentException(kind + " is not a package");
    }
    Set<String> directory = centralDirectory(file, kind);
    Walk walk = stream(file, kind);
    if (!directory.equals(walk.raw)) {
      throw InvalidInputException.keyed(kind.field(), "files.zip.directoryMismatch");
    }
    String entryPoint =
        switch (kind.layout()) {
          case H5 -> h5Index(walk.files, kind);
          case APK -> apkManifest(walk.files, kind);
          default -> "";
        };
    return new PackageSummary(walk.raw.size(), walk.total, entryPoint);
  }

  private Set<String> centralDirectory(Path file, FileKind kind) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw tooManyEntries(kind);
      }
      Set<String> names = new HashSet<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (!names.add(name)) {
          throw duplicate(kind, name);
        }
      }
      return names;
    } catch (ZipException e) {
      throw refusal(e, kind);
    }
  }

  private Walk stream(Path file, FileKind kind) throws IOException {
    Walk walk = new Walk();
    byte[] buffer = new byte[BUFFER];
    try (CountingInputStream raw =
            new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry entry = next(zip, kind); entry != null; entry = next(zip, kind)) {
        String name = entry.getName();
        String path = EntryNames.check(name, limits.maxDepth(), kind.field());
        if (!walk.raw.add(name) || !walk.paths.add(path)) {
          throw duplicate(kind, name);
        }
        if (walk.raw.size() > limits.maxEntries()) {
          throw tooManyEntries(kind);
        }
        if (!entry.isDirectory()) {
          walk.files.add(path);
        }
        long start = raw.count();
        long inflated = 0;
        // ZipInputStream reads ahead at most one inflater buffer, so the compressed count of an
        // entry is exact to within half a KiB: enough for ratios checked past a floor of bytes
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          walk.total += n;
          checkEntry(kind, name, inflated, raw.count() - start);
          checkTotal(kind, walk.total, raw.count());
        }
      }
    } catch (ZipException e) {
      throw refusal(e, kind);
    } catch (EOFException e) {
      throw corrupt(kind);
    }
    return walk;
  }

  private static ZipEntry next(ZipInputStream zip, FileKind kind) throws IOException {
    try {
      return zip.getNextEntry();
    } catch (IllegalArgumentException e) {
      throw corrupt(kind); // a name that is not valid UTF-8
    }
  }

  private void checkEntry(FileKind kind, String name, long inflated, long compressed) {
    if (inflated > limits.maxEntryBytes()) {
      throw InvalidInputException.keyed(
          kind.field(),
          "files.zip.entryTooLarge",
          Sizes.describe(limits.maxEntryBytes()),
          EntryNames.shown(name));
    }
    if (inflated > limits.ratioFloorBytes()
        && inflated > limits.maxEntryRatio() * Math.max(1, compressed)) {
      throw InvalidInputException.keyed(
          kind.field(),
          "files.zip.entryRatio",
          String.valueOf(limits.maxEntryRatio()),
          EntryNames.shown(name));
    }
  }

  private void checkTotal(FileKind kind, long total, long compressed) {
    if (total > limits.maxTotalBytes()) {
      throw InvalidInputException.keyed(
          kind.field(), "files.zip.totalTooLarge", Sizes.describe(limits.maxTotalBytes()));
    }
    if (total > limits.ratioFloorBytes()
        && total > limits.maxTotalRatio() * Math.max(1, compressed)) {
      throw InvalidInputException.keyed(
          kind.field(), "files.zip.totalRatio", String.valueOf(limits.maxTotalRatio()));
    }
  }

  /** {@code index.html} at the root, or in the one top-level folder the package holds. */
  private static String h5Index(Set<String> files, FileKind kind) {
    if (files.contains("index.html")) {
      return "index.html";
    }
    Set<String> tops = new HashSet<>();
    for (String file : files) {
      int slash = file.indexOf('/');
      String top = slash < 0 ? file : file.substring(0, slash);
      if (top.equals(MAC_FOLDER) || (slash < 0 && top.equals(MAC_FILE))) {
        continue;
      }
      // a file at the root means the package has no single top-level folder
      tops.add(slash < 0 ? "/" + top : top);
    }
    if (tops.size() == 1) {
      String top = tops.iterator().next();
      if (!top.startsWith("/") && files.contains(top + "/index.html")) {
        return top + "/index.html";
      }
    }
    throw InvalidInputException.keyed(kind.field(), "files.zip.h5WithoutIndex");
  }

  private static String apkManifest(Set<String> files, FileKind kind) {
    if (!files.contains("AndroidManifest.xml")) {
      throw InvalidInputException.keyed(kind.field(), "files.zip.apkWithoutManifest");
    }
    if (files.stream().noneMatch(f -> DEX.matcher(f).matches())) {
      throw InvalidInputException.keyed(kind.field(), "files.zip.apkWithoutDex");
    }
    return "AndroidManifest.xml";
  }

  private InvalidInputException tooManyEntries(FileKind kind) {
    return InvalidInputException.keyed(
        kind.field(), "files.zip.tooManyEntries", String.valueOf(limits.maxEntries()));
  }

  private static InvalidInputException duplicate(FileKind kind, String name) {
    return InvalidInputException.keyed(kind.field(), "files.zip.duplicate", EntryNames.shown(name));
  }

  private static InvalidInputException refusal(ZipException e, FileKind kind) {
    // the JDK's only signal for the encryption flag (APPNOTE 4.4.4 bit 0), in both ZipFile
    // ("invalid CEN header (encrypted entry)") and ZipInputStream
    if (String.valueOf(e.getMessage()).contains("encrypted")) {
      return InvalidInputException.keyed(kind.field(), "files.zip.encrypted");
    }
    return corrupt(kind);
  }

  private static InvalidInputException corrupt(FileKind kind) {
    return InvalidInputException.keyed(kind.field(), "files.zip.corrupt", kind);
  }

  /** What the streaming pass saw. */
  private static final class Walk {
    final Set<String> raw = new HashSet<>();
    final Set<String> paths = new HashSet<>();
    final Set<String> files = new LinkedHashSet<>();
    long total;
  }
}
