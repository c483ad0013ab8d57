package org.onewindow.appcenter.domain;

import java.util.EnumSet;
import java.util.Set;
import org.onewindow.common.Message;
import org.onewindow.files.FileFormat;
import org.onewindow.files.FileKind;
import org.onewindow.files.ImageLimits;
import org.onewindow.files.PackageLayout;
import org.onewindow.files.ZipLimits;

/**
 * The files an app's onboarding takes (000 9.3: H5 package, APK, icon, screenshots), each with the
 * formats it accepts, its default size limit and the words the uploader sees.
 */
public enum AppFileKind implements FileKind {
  H5_PACKAGE("h5Package", "h5", 50L << 20, EnumSet.of(FileFormat.ZIP)),
  ANDROID_PACKAGE("androidPackage", "apk", 200L << 20, EnumSet.of(FileFormat.ZIP)),
  ICON("icon", "icon", 512L << 10, EnumSet.of(FileFormat.PNG, FileFormat.JPEG)),
  SCREENSHOT("screenshot", "shot", 5L << 20, EnumSet.of(FileFormat.PNG, FileFormat.JPEG));

  private final String field;
  private final String prefix;
  private final long defaultMaxBytes;
  private final Set<FileFormat> formats;

  AppFileKind(String field, String prefix, long defaultMaxBytes, Set<FileFormat> formats) {
    this.field = field;
    this.prefix = prefix;
    this.defaultMaxBytes = defaultMaxBytes;
    this.formats = Set.copyOf(formats);
  }

  /** The name of the kind, as messages use it. */
  @Override
  public String labelKey() {
    return "appcenter.fileKind." + name();
  }

  /** The form field an upload of this kind comes from, for {@code InvalidInputException}. */
  @Override
  public String field() {
    return field;
  }

  /** The size limit unless {@link org.onewindow.files.UploadLimits} says otherwise. */
  @Override
  public long defaultMaxBytes() {
    return defaultMaxBytes;
  }

  /** The formats accepted, checked by magic bytes. */
  @Override
  public Set<FileFormat> formats() {
    return formats;
  }

  @Override
  public PackageLayout layout() {
    return switch (this) {
      case H5_PACKAGE -> PackageLayout.H5;
      case ANDROID_PACKAGE -> PackageLayout.APK;
      case ICON, SCREENSHOT -> PackageLayout.NONE;
    };
  }

  /** What an uploader is told when the file is of another format. */
  @Override
  public Message wrongFormat() {
    return switch (this) {
      case H5_PACKAGE -> Message.of("appcenter.fileKind.wrongFormat.H5_PACKAGE");
      case ANDROID_PACKAGE -> Message.of("appcenter.fileKind.wrongFormat.ANDROID_PACKAGE");
      case ICON, SCREENSHOT -> Message.of("appcenter.fileKind.wrongFormat.IMAGE", this);
    };
  }

  /** The first part of the names the store gives files of this kind. */
  @Override
  public String storagePrefix() {
    return prefix;
  }

  /**
   * The extension of the stored file: fixed for packages; for images the one of the detected
   * format, so a file can be served with a content type the server chose.
   */
  @Override
  public String extension(FileFormat format) {
    return switch (this) {
      case H5_PACKAGE -> "zip";
      case ANDROID_PACKAGE -> "apk";
      case ICON, SCREENSHOT -> format == FileFormat.PNG ? "png" : "jpg";
    };
  }

  @Override
  public ZipLimits defaultZipLimits() {
    return switch (this) {
      case H5_PACKAGE -> ZipLimits.h5();
      case ANDROID_PACKAGE -> ZipLimits.apk();
      case ICON, SCREENSHOT -> throw new IllegalArgumentException(this + " is not a package");
    };
  }

  @Override
  public ImageLimits defaultImageLimits() {
    return switch (this) {
      case ICON -> ImageLimits.icon();
      case SCREENSHOT -> ImageLimits.screenshot();
      case H5_PACKAGE, ANDROID_PACKAGE ->
          throw new IllegalArgumentException(this + " is not an image");
    };
  }
}
