package org.onewindow.filing.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code (GB/T 18284) drawn as filled rectangles, one per run of dark modules in a row: vector
 * graphics that stay sharp at any zoom and need no image library at run time.
 */
final class QrCode {

  /** The quiet zone the standard asks for around the symbol, in modules. */
  private static final int QUIET_ZONE = 4;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  /**
   * The code of {@code text} at error correction level M (15 %: survives a crease or a stamp), with
   * its quiet zone.
   */
  static QrCode of(String text) {
    try {
      return new QrCode(
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      StandardCharsets.UTF_8.name(),
                      EncodeHintType.MARGIN,
                      QUIET_ZONE)));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds a text this long", e);
    }
  }

  /** Modules per side, the quiet zone included. */
  int size() {
    return modules.getWidth();
  }

  /**
   * Draws the code with its lower left corner at ({@code x}, {@code y}), {@code side} points wide
   * and high.
   */
  void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
    float module = side / size();
    content.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < size(); row++) {
      float top = y + side - row * module;
      int column = 0;
      while (column < size()) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < size() && modules.get(column, row)) {
          column++;
        }
        content.addRect(x + start * module, top - module, (column - start) * module, module);
      }
    }
    content.fill();
  }
}
