package org.onewindow.filing.domain;

import java.util.EnumSet;
import java.util.Set;
import org.onewindow.common.Message;
import org.onewindow.files.FileFormat;
import org.onewindow.files.FileKind;
import org.onewindow.files.ImageLimits;
import org.onewindow.files.PackageLayout;
import org.onewindow.files.ZipLimits;

/**
 * The files a filing takes (000 10.1; 001 5.2–5.3): the install package (an APK, or another
 * platform's archive), the icon, the screenshots, and a reviewer's evidence screenshots for a
 * checklist item (000 10.3).
 */
public enum FilingFileKind implements FileKind {
  ANDROID_PACKAGE("installPackage", "fapk", 200L << 20, EnumSet.of(FileFormat.ZIP)),
  OTHER_PACKAGE("installPackage", "fpkg", 200L << 20, EnumSet.of(FileFormat.ZIP)),
  ICON("icon", "ficon", 512L << 10, EnumSet.of(FileFormat.PNG, FileFormat.JPEG)),
  SCREENSHOT("screenshot", "fshot", 5L << 20, EnumSet.of(FileFormat.PNG, FileFormat.JPEG)),
  EVIDENCE("evidence", "fevid", 5L << 20, EnumSet.of(FileFormat.PNG, FileFormat.JPEG));

  private final String field;
  private final String prefix;
  private final long defaultMaxBytes;
  private final Set<FileFormat> formats;

  FilingFileKind(String field, String prefix, long defaultMaxBytes, Set<FileFormat> formats) {
    this.field = field;
    this.prefix = prefix;
    this.defaultMaxBytes = defaultMaxBytes;
    this.formats = Set.copyOf(formats);
  }

  /** The kind a package of {@code platform} is stored as. */
  public static FilingFileKind packageOf(PackagePlatform platform) {
    return platform == PackagePlatform.ANDROID ? ANDROID_PACKAGE : OTHER_PACKAGE;
  }

  @Override
  public String labelKey() {
    return "filing.fileKind." + name();
  }

  @Override
  public String field() {
    return field;
  }

  @Override
  public long defaultMaxBytes() {
    return defaultMaxBytes;
  }

  @Override
  public Set<FileFormat> formats() {
    return formats;
  }

  @Override
  public PackageLayout layout() {
    return switch (this) {
      case ANDROID_PACKAGE -> PackageLayout.APK;
      case OTHER_PACKAGE -> PackageLayout.ARCHIVE;
      case ICON, SCREENSHOT, EVIDENCE -> PackageLayout.NONE;
    };
  }

  @Override
  public String storagePrefix() {
    return prefix;
  }

  @Override
  public String extension(FileFormat format) {
    return switch (this) {
      case ANDROID_PACKAGE -> "apk";
      case OTHER_PACKAGE -> "zip";
      case ICON, SCREENSHOT, EVIDENCE -> format == FileFormat.PNG ? "png" : "jpg";
    };
  }

  @Override
  public ZipLimits defaultZipLimits() {
    return switch (this) {
      case ANDROID_PACKAGE, OTHER_PACKAGE -> ZipLimits.apk();
      case ICON, SCREENSHOT, EVIDENCE ->
          throw new IllegalArgumentException(this + " is not a package");
    };
  }

  @Override
  public ImageLimits defaultImageLimits() {
    return switch (this) {
      case ICON -> ImageLimits.icon();
      case SCREENSHOT, EVIDENCE -> ImageLimits.screenshot();
      case ANDROID_PACKAGE, OTHER_PACKAGE ->
          throw new IllegalArgumentException(this + " is not an image");
    };
  }

  @Override
  public Message wrongFormat() {
    return switch (this) {
      case ANDROID_PACKAGE, OTHER_PACKAGE -> Message.of("filing.fileKind.wrongFormat.PACKAGE");
      case ICON, SCREENSHOT, EVIDENCE -> Message.of("filing.fileKind.wrongFormat.IMAGE", this);
    };
  }
}
