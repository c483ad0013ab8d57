package org.onewindow.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.onewindow.common.InvalidInputException;

/**
 * Checks an icon or screenshot by its header alone. The dimensions are read where the format puts
 * them (PNG: the IHDR chunk that must come first, ISO/IEC 15948 11.2.2; JPEG: the first SOFn
 * segment, ISO/IEC 10918-1 B.2.2) and checked against {@link ImageLimits} before anything would
 * decode pixels, so a few kilobytes declaring a gigapixel image are refused for what they are. The
 * image is never decoded here.
 */
public final class ImageInspector {

  private static final byte[] IHDR = {'I', 'H', 'D', 'R'};

  private final ImageLimits limits;

  public ImageInspector(ImageLimits limits) {
    this.limits = limits;
  }

  /**
   * Inspects an image file of {@code kind}.
   *
   * @throws InvalidInputException when it is not PNG or JPEG, its header is broken, or its
   *     dimensions break the limits
   * @throws IOException when the file cannot be read
   */
  public ImageSummary inspect(Path file, FileKind kind) throws IOException {
    if (kind.isPackage()) {
      throw new IllegalArgumentException(kind + " is not an image");
    }
    ImageSummary image;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      image = read(in, kind);
    }
    check(image, kind);
    return image;
  }

  private static ImageSummary read(InputStream stream, FileKind kind) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    byte[] head = in.readNBytes(FileFormat.HEAD_LENGTH);
    Optional<FileFormat> format = FileFormat.detect(head, head.length);
    if (format.isEmpty() || !kind.formats().contains(format.get())) {
      throw InvalidInputException.keyed(
          kind.field(), kind.wrongFormat().key(), kind.wrongFormat().arguments().toArray());
    }
    try {
      return format.get() == FileFormat.PNG ? png(in, kind) : jpeg(head, in, kind);
    } catch (EOFException e) {
      throw unreadable(kind);
    }
  }

  private static ImageSummary png(DataInputStream in, FileKind kind) throws IOException {
    int length = in.readInt();
    byte[] type = in.readNBytes(4);
    if (length != 13 || !Arrays.equals(type, IHDR)) {
      throw unreadable(kind);
    }
    // four-byte unsigned, but at most 2^31 - 1 (ISO/IEC 15948 7.1): a negative int is invalid
    return new ImageSummary(FileFormat.PNG, in.readInt(), in.readInt());
  }

  /**
   * Walks the marker segments up to the first frame header. The detected head already holds SOI and
   * the first marker's 0xFF (three bytes), so the walk resumes from the fourth byte.
   */
  private static ImageSummary jpeg(byte[] head, DataInputStream rest, FileKind kind)
      throws IOException {
    DataInputStream in =
        new DataInputStream(
            new SequenceInputStream(new ByteArrayInputStream(head, 3, head.length - 3), rest));
    int marker = in.readUnsignedByte();
    while (true) {
      while (marker == 0xFF) { // fill bytes before a marker (B.1.1.2)
        marker = in.readUnsignedByte();
      }
      if (marker == 0xD9 || marker == 0xDA || marker == 0xD8 || marker == 0x00) {
        throw unreadable(kind); // end of image, start of scan or stray bytes before any frame
      }
      boolean standalone = marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
      if (!standalone) {
        int length = in.readUnsignedShort();
        if (length < 2) {
          throw unreadable(kind);
        }
        if (isStartOfFrame(marker)) {
          in.readUnsignedByte(); // sample precision
          int height = in.readUnsignedShort();
          int width = in.readUnsignedShort();
          return new ImageSummary(FileFormat.JPEG, width, height);
        }
        in.skipNBytes(length - 2);
      }
      if (in.readUnsignedByte() != 0xFF) {
        throw unreadable(kind);
      }
      marker = in.readUnsignedByte();
    }
  }

  /** SOF0 to SOF15, which are C0 to CF except DHT (C4), JPG (C8) and DAC (CC). */
  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private void check(ImageSummary image, FileKind kind) {
    int width = image.width();
    int height = image.height();
    if (width <= 0 || height <= 0) {
      throw unreadable(kind); // a JPEG height of 0 defers to a DNL segment; no upload needs that
    }
    String size = width + "×" + height;
    if (width > limits.maxWidth() || height > limits.maxHeight()) {
      throw InvalidInputException.keyed(
          kind.field(),
          "files.image.tooLarge",
          kind,
          size,
          String.valueOf(limits.maxWidth()),
          String.valueOf(limits.maxHeight()));
    }
    if (limits.square() && width != height) {
      throw InvalidInputException.keyed(kind.field(), "files.image.notSquare", kind, size);
    }
    if (Math.min(width, height) < limits.minSide()) {
      throw InvalidInputException.keyed(
          kind.field(), "files.image.tooSmall", kind, size, String.valueOf(limits.minSide()));
    }
  }

  private static InvalidInputException unreadable(FileKind kind) {
    return InvalidInputException.keyed(kind.field(), "files.image.unreadable", kind);
  }
}
