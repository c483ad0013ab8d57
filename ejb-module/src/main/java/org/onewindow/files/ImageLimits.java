package org.onewindow.files;

/**
 * The dimensions an image may declare in its header, checked before anything decodes it: a small
 * file can claim 65535×65535 pixels and cost gigabytes once decoded.
 *
 * @param minSide the shorter side at least this many pixels
 * @param maxWidth width at most
 * @param maxHeight height at most
 * @param square whether width must equal height
 */
public record ImageLimits(int minSide, int maxWidth, int maxHeight, boolean square) {

  public ImageLimits {
    if (minSide < 1 || maxWidth < minSide || maxHeight < minSide) {
      throw new IllegalArgumentException("image limits must be positive and consistent: " + this);
    }
  }

  /**
   * App icons: square, 108 px at least (the full size of an Android adaptive icon layer at mdpi),
   * 4096 px at most.
   */
  public static ImageLimits icon() {
    return new ImageLimits(108, 4096, 4096, true);
  }

  /** Screenshots: any shape, up to 8192×8192. */
  public static ImageLimits screenshot() {
    return new ImageLimits(1, 8192, 8192, false);
  }
}
