package org.onewindow.identity.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A QR code (GB/T 18284) as a black-and-white PNG, written here with the JDK's zlib and CRC-32
 * alone: no image library and no AWT in the server (a headless node has no display and needs none).
 * Error correction level M (15 %: a cracked phone screen still scans), quiet zone of 4 modules.
 */
public final class QrPng {

  private static final int QUIET_ZONE = 4;

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private QrPng() {}

  /**
   * The PNG of {@code text}'s code, {@code pixelsPerModule} pixels a module.
   *
   * @throws IllegalArgumentException when no QR code holds a text this long
   */
  public static byte[] of(String text, int pixelsPerModule) {
    BitMatrix modules;
    try {
      modules =
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
                      QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds a text this long", e);
    }
    return png(modules, pixelsPerModule);
  }

  /** A one-bit greyscale PNG: 0 is black, 1 white (PNG 11.2.2, colour type 0, bit depth 1). */
  private static byte[] png(BitMatrix modules, int scale) {
    int side = modules.getWidth() * scale;
    int rowBytes = (side + 7) / 8;
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(raw)) {
      byte[] row = new byte[rowBytes + 1]; // filter byte 0 (None), then the pixels
      for (int y = 0; y < side; y++) {
        java.util.Arrays.fill(row, (byte) 0);
        for (int x = 0; x < side; x++) {
          if (!modules.get(x / scale, y / scale)) {
            row[1 + x / 8] |= (byte) (0x80 >>> (x % 8));
          }
        }
        zlib.write(row);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SIGNATURE);
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13).putInt(side).putInt(side).put(new byte[] {1, 0, 0, 0, 0}).array());
    chunk(out, "IDAT", raw.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
