package org.onewindow.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The code's PNG, written without an image library, is a PNG any reader opens and zxing scans. */
class QrPngTest {

  @Test
  void thePngDecodesBackToItsText() throws Exception {
    String text =
        "https://portal.example.gov.cn/portal/code-verification.xhtml?t=OWC1." + "A".repeat(300);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.of(text, 4)));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String read =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertEquals(text, read);
    assertEquals(image.getWidth(), image.getHeight());
    assertEquals(0, image.getWidth() % 4);
  }
}
