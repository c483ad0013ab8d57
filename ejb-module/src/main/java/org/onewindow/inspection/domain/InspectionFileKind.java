package org.onewindow.inspection.domain;

import java.util.Set;
import org.onewindow.common.Message;
import org.onewindow.files.FileFormat;
import org.onewindow.files.FileKind;
import org.onewindow.files.ImageLimits;
import org.onewindow.files.PackageLayout;
import org.onewindow.files.ZipLimits;

/**
 * The files inspection keeps: the screenshot of an app page the browser rendered (界面巡检, 000 8.2.3
 * c). Made by the server, not uploaded, but kept through the same store and its checks (PNG by
 * magic bytes, dimensions from the header) as every other file.
 */
public enum InspectionFileKind implements FileKind {
  PAGE_SCREENSHOT;

  @Override
  public String labelKey() {
    return "inspection.fileKind." + name();
  }

  @Override
  public String field() {
    return "screenshot";
  }

  @Override
  public long defaultMaxBytes() {
    return 10L << 20;
  }

  @Override
  public Set<FileFormat> formats() {
    return Set.of(FileFormat.PNG);
  }

  @Override
  public PackageLayout layout() {
    return PackageLayout.NONE;
  }

  @Override
  public String storagePrefix() {
    return "ishot";
  }

  @Override
  public String extension(FileFormat format) {
    return "png";
  }

  @Override
  public ZipLimits defaultZipLimits() {
    throw new IllegalArgumentException(this + " is not a package");
  }

  @Override
  public ImageLimits defaultImageLimits() {
    return ImageLimits.screenshot();
  }

  @Override
  public Message wrongFormat() {
    return Message.of("inspection.fileKind.wrongFormat");
  }
}
