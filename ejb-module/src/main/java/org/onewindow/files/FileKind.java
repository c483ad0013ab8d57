package org.onewindow.files;

import java.util.Set;
import org.onewindow.common.Labelled;
import org.onewindow.common.Message;

/**
 * A kind of file a capability takes (its label, {@link Labelled}, is the kind's name in the
 * uploader's messages): what the {@link FileStore} and the inspectors need to know to accept or
 * refuse an upload of it. Each capability declares its own kinds (app onboarding its packages,
 * icons and screenshots; filing its screenshots; licences their scans), usually as an enum, and
 * hands them to the store it opens.
 */
public interface FileKind extends Labelled {

  /** The form field an upload of this kind comes from, for {@code InvalidInputException}. */
  String field();

  /** The size limit unless {@link UploadLimits} says otherwise. */
  long defaultMaxBytes();

  /** The formats accepted, checked by magic bytes. */
  Set<FileFormat> formats();

  /** What a package of this kind must hold, or {@link PackageLayout#NONE} for an image. */
  PackageLayout layout();

  /** Whether the file is a zip archive whose entries must be inspected. */
  default boolean isPackage() {
    return layout() != PackageLayout.NONE;
  }

  /**
   * The first part of the names the store gives files of this kind: lower-case letters and digits,
   * different for every kind one store holds.
   */
  String storagePrefix();

  /**
   * The extension of the stored file in {@code format}: fixed for packages; for images the one of
   * the detected format, so a file can be served with a content type the server chose.
   */
  String extension(FileFormat format);

  /**
   * The limits of a package's entries unless {@link UploadLimits} says otherwise.
   *
   * @throws IllegalArgumentException when the kind is not a package
   */
  ZipLimits defaultZipLimits();

  /**
   * The limits of an image's dimensions unless {@link UploadLimits} says otherwise.
   *
   * @throws IllegalArgumentException when the kind is not an image
   */
  ImageLimits defaultImageLimits();

  /** What an uploader is told when the file is of another format. */
  Message wrongFormat();
}
