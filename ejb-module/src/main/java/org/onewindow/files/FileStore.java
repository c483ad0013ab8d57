package org.onewindow.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;

/**
 * Where uploaded files live: one flat directory outside any web root, with names the store makes
 * itself.
 *
 * <p>An upload is streamed to a temporary file in that directory while its bytes are counted (the
 * stream is abandoned one byte past the limit, whatever length the request declared) and SM3 runs
 * over them. Then its magic bytes must match the kind and its contents must pass {@link
 * PackageInspector} or {@link ImageInspector}; only then is it forced to disk and renamed into
 * place in one atomic step, so a reader never sees a half-written or unchecked file under a real
 * name. Any refusal or failure deletes the temporary file.
 *
 * <p>Stored names are {@code <kind>-<32 hex digits>.<ext>}: 128 random bits, in lower-case hex so
 * that case-insensitive file systems cannot fold two names into one. The uploader's file name is
 * never part of a path.
 */
public final class FileStore {

  /** The system property naming the directory; the recommended setting in production. */
  public static final String DIR_PROPERTY = "onewindow.files.dir";

  /** WildFly's data directory; the files go to {@code onewindow-files} below it by default. */
  public static final String SERVER_DATA_PROPERTY = "jboss.server.data.dir";

  /** What a kind's prefix and extensions must look like, so a name never needs quoting. */
  private static final Pattern NAME_PART = Pattern.compile("[a-z0-9]{1,16}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final int BUFFER = 64 << 10;

  private final Path directory;
  private final Set<FileKind> kinds;
  private final Pattern storageNames;
  private final UploadLimits limits;
  private final Clock clock;

  /** A store of {@code kinds} with their default limits. */
  public FileStore(Path fallbackDirectory, Collection<? extends FileKind> kinds) {
    this(fallbackDirectory, kinds, UploadLimits.defaults(), Clock.systemUTC());
  }

  public FileStore(
      Path fallbackDirectory, Collection<? extends FileKind> kinds, UploadLimits limits) {
    this(fallbackDirectory, kinds, limits, Clock.systemUTC());
  }

  /**
   * @param fallbackDirectory used when neither {@value #DIR_PROPERTY} nor {@value
   *     #SERVER_DATA_PROPERTY} is set; may be null when one of them always is
   * @param kinds the kinds this store takes and serves; their storage prefixes must differ
   * @throws IllegalArgumentException when two kinds share a prefix, or a prefix or extension is not
   *     1-16 lower-case letters and digits
   */
  public FileStore(
      Path fallbackDirectory,
      Collection<? extends FileKind> kinds,
      UploadLimits limits,
      Clock clock) {
    this.directory = baseDirectory(fallbackDirectory);
    this.kinds = Set.copyOf(kinds);
    this.storageNames = storageNames(this.kinds);
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * The names a store of {@code kinds} gives: {@code <prefix>-<32 hex digits>.<ext>} with a kind's
   * prefix and one of its extensions, and nothing else (a package's prefix with an image's
   * extension is no name of this store).
   */
  private static Pattern storageNames(Set<FileKind> kinds) {
    Map<String, FileKind> prefixes = new HashMap<>();
    StringJoiner names = new StringJoiner("|", "(", ")");
    for (FileKind kind : kinds) {
      String prefix = namePart(kind.storagePrefix(), kind);
      FileKind earlier = prefixes.putIfAbsent(prefix, kind);
      if (earlier != null) {
        throw new IllegalArgumentException(
            kind + " and " + earlier + " share the prefix " + prefix);
      }
      StringJoiner extensions = new StringJoiner("|", "(", ")");
      kind.formats().stream()
          .map(format -> namePart(kind.extension(format), kind))
          .distinct()
          .sorted()
          .forEach(extensions::add);
      names.add(prefix + "-[0-9a-f]{32}\\." + extensions);
    }
    return Pattern.compile(names.toString());
  }

  private static String namePart(String part, FileKind kind) {
    if (part == null || !NAME_PART.matcher(part).matches()) {
      throw new IllegalArgumentException(kind + ": not a storage name part: " + part);
    }
    return part;
  }

  /**
   * The platform's store of {@code kinds}, as every capability opens it: {@code
   * -Donewindow.files.dir}, else WildFly's data directory, else the temporary directory, with the
   * default limits — one directory for every capability's uploads, their prefixes apart.
   */
  public static FileStore platform(Collection<? extends FileKind> kinds, Clock clock) {
    return new FileStore(
        baseDirectory(Path.of(System.getProperty("java.io.tmpdir"), "onewindow-files")),
        kinds,
        UploadLimits.defaults(),
        clock);
  }

  /**
   * The directory a store uses: {@value #DIR_PROPERTY}, else {@code
   * ${jboss.server.data.dir}/onewindow-files}, else {@code fallback}.
   *
   * @throws IllegalStateException when none is given
   */
  public static Path baseDirectory(Path fallback) {
    String configured = System.getProperty(DIR_PROPERTY, "").strip();
    if (!configured.isEmpty()) {
      return Path.of(configured).toAbsolutePath();
    }
    String data = System.getProperty(SERVER_DATA_PROPERTY, "").strip();
    if (!data.isEmpty()) {
      return Path.of(data, "onewindow-files").toAbsolutePath();
    }
    if (fallback == null) {
      throw new IllegalStateException("no directory for uploaded files: set " + DIR_PROPERTY);
    }
    return fallback.toAbsolutePath();
  }

  /** The directory files are stored in. */
  public Path directory() {
    return directory;
  }

  /** Whether {@code name} has the form of a name this store gives files. */
  public boolean isStorageName(String name) {
    return name != null && storageNames.matcher(name).matches();
  }

  /**
   * Takes an upload: streams, fingerprints, checks and stores it.
   *
   * @param upload the uploaded bytes; read to the end (or to one byte past the limit), not closed
   * @param originalName the client's file name, kept cleaned as metadata only; may be null
   * @throws InvalidInputException when the file is too large, empty, of the wrong format or breaks
   *     a rule of its kind; nothing is left stored
   * @throws IllegalArgumentException when the store does not take {@code kind}
   * @throws IOException when the upload cannot be read or the file written
   */
  public StoredFile store(FileKind kind, InputStream upload, String originalName)
      throws IOException {
    if (!kinds.contains(kind)) {
      throw new IllegalArgumentException("this store does not take " + kind);
    }
    Path temp = createTemp();
    boolean moved = false;
    try {
      Received received = receive(upload, temp, kind);
      FileFormat format =
          FileFormat.detect(received.head, received.headLength)
              .filter(kind.formats()::contains)
              .orElseThrow(
                  () ->
                      InvalidInputException.keyed(
                          kind.field(),
                          kind.wrongFormat().key(),
                          kind.wrongFormat().arguments().toArray()));
      FileContents contents = inspect(temp, kind);
      String name = kind.storagePrefix() + "-" + randomId() + "." + kind.extension(format);
      Files.move(temp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      moved = true;
      syncDirectory();
      return new StoredFile(
          name,
          kind,
          format,
          received.size,
          received.sm3,
          OriginalNames.clean(originalName),
          clock.instant(),
          contents);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Opens a stored file for reading.
   *
   * @throws InvalidInputException when {@code storageName} is not a name this store gives
   * @throws NotFoundException when no such file is stored
   */
  public InputStream open(String storageName) throws IOException {
    Path file = resolve(storageName);
    try {
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw NotFoundException.keyed("files.notFound");
    }
  }

  /**
   * Deletes a stored file.
   *
   * @return whether there was one
   * @throws InvalidInputException when {@code storageName} is not a name this store gives
   */
  public boolean delete(String storageName) throws IOException {
    return Files.deleteIfExists(resolve(storageName));
  }

  private Path resolve(String storageName) {
    if (!isStorageName(storageName)) {
      throw InvalidInputException.keyed("storageName", "files.storageName.invalid");
    }
    Path file = directory.resolve(storageName).normalize();
    if (!directory.equals(file.getParent())) { // cannot happen with the pattern; kept as a guard
      throw InvalidInputException.keyed("storageName", "files.storageName.invalid");
    }
    return file;
  }

  private Received receive(InputStream upload, Path temp, FileKind kind) throws IOException {
    long max = limits.maxBytes(kind);
    SM3Digest sm3 = new SM3Digest();
    byte[] head = new byte[FileFormat.HEAD_LENGTH];
    int headLength = 0;
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      while (true) {
        // never ask for more than one byte past the limit: that byte is the proof of excess
        int n = upload.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - size));
        if (n < 0) {
          break;
        }
        size += n;
        if (size > max) {
          throw InvalidInputException.keyed(
              kind.field(), "files.tooLarge", kind, Sizes.describe(max));
        }
        int copy = Math.min(n, head.length - headLength);
        System.arraycopy(buffer, 0, head, headLength, copy);
        headLength += copy;
        sm3.update(buffer, 0, n);
        for (ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n); bytes.hasRemaining(); ) {
          out.write(bytes);
        }
      }
      out.force(true); // the data is on disk before the rename makes it visible
    }
    if (size == 0) {
      throw InvalidInputException.keyed(kind.field(), "files.empty", kind);
    }
    byte[] digest = new byte[sm3.getDigestSize()];
    sm3.doFinal(digest, 0);
    String fingerprint = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    return new Received(size, fingerprint, head, headLength);
  }

  private FileContents inspect(Path file, FileKind kind) throws IOException {
    return kind.isPackage()
        ? new PackageInspector(limits.zipLimits(kind)).inspect(file, kind)
        : new ImageInspector(limits.imageLimits(kind)).inspect(file, kind);
  }

  private Path createTemp() throws IOException {
    if (!Files.isDirectory(directory)) {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(directory);
      }
    }
    // same directory as the target, so the rename is atomic; owner-only permissions on POSIX;
    // the name is never a storage name, so open() cannot reach a file still being checked
    return Files.createTempFile(directory, ".upload-", ".part");
  }

  /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the file's own data was already forced
    }
  }

  private static String randomId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  private record Received(long size, String sm3, byte[] head, int headLength) {}
}
