package org.onewindow.files;

import java.util.HashMap;
import java.util.Map;

/**
 * The limits a {@link FileStore} applies, per {@link FileKind}: the upload's size, and the zip or
 * image limits of its contents. A kind's own defaults apply unless a {@code with…} method set
 * another value. Immutable; the {@code with…} methods return a copy, which is how deployments (and
 * tests) lower or raise one limit.
 */
public final class UploadLimits {

  private final Map<FileKind, Long> maxBytes;
  private final Map<FileKind, ZipLimits> zips;
  private final Map<FileKind, ImageLimits> images;

  private UploadLimits(
      Map<FileKind, Long> maxBytes,
      Map<FileKind, ZipLimits> zips,
      Map<FileKind, ImageLimits> images) {
    this.maxBytes = new HashMap<>(maxBytes);
    this.zips = new HashMap<>(zips);
    this.images = new HashMap<>(images);
  }

  /**
   * The defaults of every {@link FileKind}: its size, and its {@link ZipLimits} or {@link
   * ImageLimits}.
   */
  public static UploadLimits defaults() {
    return new UploadLimits(Map.of(), Map.of(), Map.of());
  }

  /** The most bytes an upload of {@code kind} may have. */
  public long maxBytes(FileKind kind) {
    Long bytes = maxBytes.get(kind);
    return bytes == null ? kind.defaultMaxBytes() : bytes;
  }

  /**
   * The limits of a package's entries.
   *
   * @throws IllegalArgumentException when {@code kind} is not a package
   */
  public ZipLimits zipLimits(FileKind kind) {
    if (!kind.isPackage()) {
      throw new IllegalArgumentException(kind + " is not a package");
    }
    ZipLimits limits = zips.get(kind);
    return limits == null ? kind.defaultZipLimits() : limits;
  }

  /**
   * The limits of an image's dimensions.
   *
   * @throws IllegalArgumentException when {@code kind} is not an image
   */
  public ImageLimits imageLimits(FileKind kind) {
    if (kind.isPackage()) {
      throw new IllegalArgumentException(kind + " is not an image");
    }
    ImageLimits limits = images.get(kind);
    return limits == null ? kind.defaultImageLimits() : limits;
  }

  public UploadLimits withMaxBytes(FileKind kind, long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("size limit must be positive");
    }
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.maxBytes.put(kind, bytes);
    return copy;
  }

  public UploadLimits withZipLimits(FileKind kind, ZipLimits limits) {
    zipLimits(kind); // only packages have zip limits
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.zips.put(kind, limits);
    return copy;
  }

  public UploadLimits withImageLimits(FileKind kind, ImageLimits limits) {
    imageLimits(kind);
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.images.put(kind, limits);
    return copy;
  }
}
