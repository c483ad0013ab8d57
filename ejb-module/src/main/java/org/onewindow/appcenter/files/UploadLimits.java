package org.onewindow.appcenter.files;

import java.util.EnumMap;
import java.util.Map;

/**
 * The limits an {@link AppFileStore} applies, per {@link AppFileKind}: the upload's size, and the
 * zip or image limits of its contents. Immutable; the {@code with…} methods return a copy, which is
 * how deployments (and tests) lower or raise one limit.
 */
public final class UploadLimits {

  private final Map<AppFileKind, Long> maxBytes;
  private final Map<AppFileKind, ZipLimits> zips;
  private final Map<AppFileKind, ImageLimits> images;

  private UploadLimits(
      Map<AppFileKind, Long> maxBytes,
      Map<AppFileKind, ZipLimits> zips,
      Map<AppFileKind, ImageLimits> images) {
    this.maxBytes = new EnumMap<>(maxBytes);
    this.zips = new EnumMap<>(zips);
    this.images = new EnumMap<>(images);
  }

  /** The defaults of {@link AppFileKind}, {@link ZipLimits} and {@link ImageLimits}. */
  public static UploadLimits defaults() {
    Map<AppFileKind, Long> maxBytes = new EnumMap<>(AppFileKind.class);
    for (AppFileKind kind : AppFileKind.values()) {
      maxBytes.put(kind, kind.defaultMaxBytes());
    }
    Map<AppFileKind, ZipLimits> zips = new EnumMap<>(AppFileKind.class);
    zips.put(AppFileKind.H5_PACKAGE, ZipLimits.h5());
    zips.put(AppFileKind.ANDROID_PACKAGE, ZipLimits.apk());
    Map<AppFileKind, ImageLimits> images = new EnumMap<>(AppFileKind.class);
    images.put(AppFileKind.ICON, ImageLimits.icon());
    images.put(AppFileKind.SCREENSHOT, ImageLimits.screenshot());
    return new UploadLimits(maxBytes, zips, images);
  }

  /** The most bytes an upload of {@code kind} may have. */
  public long maxBytes(AppFileKind kind) {
    return maxBytes.get(kind);
  }

  /**
   * The limits of a package's entries.
   *
   * @throws IllegalArgumentException when {@code kind} is not a package
   */
  public ZipLimits zipLimits(AppFileKind kind) {
    ZipLimits limits = zips.get(kind);
    if (limits == null) {
      throw new IllegalArgumentException(kind + " is not a package");
    }
    return limits;
  }

  /**
   * The limits of an image's dimensions.
   *
   * @throws IllegalArgumentException when {@code kind} is not an image
   */
  public ImageLimits imageLimits(AppFileKind kind) {
    ImageLimits limits = images.get(kind);
    if (limits == null) {
      throw new IllegalArgumentException(kind + " is not an image");
    }
    return limits;
  }

  public UploadLimits withMaxBytes(AppFileKind kind, long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("size limit must be positive");
    }
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.maxBytes.put(kind, bytes);
    return copy;
  }

  public UploadLimits withZipLimits(AppFileKind kind, ZipLimits limits) {
    zipLimits(kind); // only packages have zip limits
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.zips.put(kind, limits);
    return copy;
  }

  public UploadLimits withImageLimits(AppFileKind kind, ImageLimits limits) {
    imageLimits(kind);
    UploadLimits copy = new UploadLimits(maxBytes, zips, images);
    copy.images.put(kind, limits);
    return copy;
  }
}
