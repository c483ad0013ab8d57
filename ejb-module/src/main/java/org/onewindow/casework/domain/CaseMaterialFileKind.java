package org.onewindow.casework.domain;

import java.util.Set;
import org.onewindow.common.Message;
import org.onewindow.files.FileFormat;
import org.onewindow.files.FileKind;
import org.onewindow.files.ImageLimits;
import org.onewindow.files.PackageLayout;
import org.onewindow.files.ZipLimits;

/**
 * The files an online application takes (001 7.2 材料上传): a scan or photograph of one material of the
 * matter's 材料目录, PNG or JPEG, 5 MiB at most unless the platform's {@code UploadLimits} say
 * otherwise. Checked by the kernel's file store (magic bytes, declared dimensions, size).
 */
public enum CaseMaterialFileKind implements FileKind {
  MATERIAL;

  /** The largest material by default. */
  public static final long DEFAULT_MAX_BYTES = 5L << 20;

  @Override
  public String labelKey() {
    return "casework.fileKind." + name();
  }

  @Override
  public String field() {
    return "material";
  }

  @Override
  public long defaultMaxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  @Override
  public Set<FileFormat> formats() {
    return Set.of(FileFormat.PNG, FileFormat.JPEG);
  }

  @Override
  public PackageLayout layout() {
    return PackageLayout.NONE;
  }

  @Override
  public String storagePrefix() {
    return "cmat";
  }

  @Override
  public String extension(FileFormat format) {
    return format == FileFormat.PNG ? "png" : "jpg";
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
    return Message.of("casework.fileKind.wrongFormat");
  }
}
