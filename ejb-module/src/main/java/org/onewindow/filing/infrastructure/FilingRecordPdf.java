package org.onewindow.filing.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.RecordFacts;

/**
 * Renders a filing record (备案凭证, 000 10; issue 18 item 3) as a one-page A4 PDF: the title, every
 * fact of the record with its label, the platform's SM2 signature and the key that made it, and a
 * QR code of the address where anyone can check the record.
 *
 * <p>The Chinese text needs a TrueType font the PDF can embed (a subset of it, so the file stays
 * small and prints the same everywhere): by default WenQuanYi Micro Hei from Debian's {@code
 * fonts-wqy-microhei} package, or the {@code .ttf}/{@code .ttc} file the system property {@value
 * #FONT_PROPERTY} names. PDFBox cannot embed the CFF-based Noto CJK fonts, so they will not do.
 * Without the font, rendering throws {@link RecordFontMissingException}.
 */
public final class FilingRecordPdf {

  /** The system property that names the font file. */
  public static final String FONT_PROPERTY = "onewindow.pdf.font";

  /** Where {@code fonts-wqy-microhei} installs its collection. */
  public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  /**
   * The PostScript name of the face taken from a collection ({@code .ttc}): WenQuanYi Micro Hei,
   * not its Mono sibling. A plain {@code .ttf} is taken whole.
   */
  public static final String FONT_NAME = "WenQuanYiMicroHei";

  /** The validity days and the issue time are China Standard Time (000 10). */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ISSUED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(CHINA);

  private static final float MARGIN = 56;
  private static final float TITLE_SIZE = 20;
  private static final float TEXT_SIZE = 10.5f;
  private static final float CODE_SIZE = 9;
  private static final float SMALL_SIZE = 8.5f;
  private static final float GUTTER = 8;
  private static final float LEADING = 1.45f;
  private static final float LABEL_WIDTH = 140;
  private static final float QR_SIDE = 128;

  private final Path font;

  /** Renders with the font the system property names, else {@link #DEFAULT_FONT}. */
  public FilingRecordPdf() {
    this(configuredFont());
  }

  /** Renders with the font file {@code font} ({@code .ttf} or {@code .ttc}). */
  public FilingRecordPdf(Path font) {
    this.font = font;
  }

  /** The font file the system property names, else {@link #DEFAULT_FONT}. */
  public static Path configuredFont() {
    String configured = System.getProperty(FONT_PROPERTY);
    return configured == null || configured.isBlank() ? DEFAULT_FONT : Path.of(configured.strip());
  }

  /** The record in the platform's language (Chinese): what the platform issues. */
  public void render(
      RecordFacts facts, byte[] signature, String verificationUrl, OutputStream out) {
    render(facts, signature, verificationUrl, Messages.PLATFORM_LOCALE, out);
  }

  /**
   * Writes the record's PDF to {@code out} (left open).
   *
   * @param facts what the record states
   * @param signature the platform's DER signature over the facts' canonical bytes
   * @param verificationUrl the address the QR code holds: where the record can be checked
   * @param locale the language of the title and labels (Chinese for any language but English)
   * @throws RecordFontMissingException when the font file is missing or is not a usable font
   */
  public void render(
      RecordFacts facts,
      byte[] signature,
      String verificationUrl,
      Locale locale,
      OutputStream out) {
    if (!Files.isReadable(font)) {
      throw new RecordFontMissingException(font.toString(), null);
    }
    try (PDDocument document = new PDDocument();
        FontFile fontFile = FontFile.open(font)) {
      PDFont face = fontFile.embed(document);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      describe(document, facts, locale);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        new Layout(content, face, page.getMediaBox(), locale)
            .draw(facts, signature, verificationUrl);
      }
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the filing record PDF", e);
    }
  }

  private static void describe(PDDocument document, RecordFacts facts, Locale locale) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(Messages.text("filing.record.title", locale) + " " + facts.filingNumber());
    info.setSubject(facts.appName());
  }

  /** What the page shows, top to bottom: title, facts, signature, QR code with its hint. */
  private static final class Layout {

    private final PDPageContentStream content;
    private final PDFont font;
    private final PDRectangle box;
    private final Locale locale;
    private float y;

    Layout(PDPageContentStream content, PDFont font, PDRectangle box, Locale locale) {
      this.content = content;
      this.font = font;
      this.box = box;
      this.locale = locale;
      this.y = box.getHeight() - MARGIN;
    }

    void draw(RecordFacts facts, byte[] signature, String verificationUrl) throws IOException {
      title(Messages.text("filing.record.title", locale));
      rule();
      fact("filingNumber", facts.filingNumber());
      fact("appName", facts.appName());
      fact("unitName", facts.unitName());
      fact("divisionCode", facts.divisionCode());
      fact("platform", facts.platform().label(locale));
      fact("packageName", facts.packageName());
      fact("versionName", facts.versionName());
      fact("versionCode", Long.toString(facts.versionCode()));
      code("packageSm3Hex", facts.packageSm3Hex());
      if (facts.certificateSm3Hex().isEmpty()) {
        fact("certificateSm3Hex", Messages.text("filing.record.noCertificate", locale));
      } else {
        code("certificateSm3Hex", facts.certificateSm3Hex());
      }
      fact(
          "issuedAt",
          Messages.text("filing.record.issuedAtValue", locale, ISSUED.format(facts.issuedAt())));
      fact("validFrom", ISSUED.format(facts.validFrom()));
      fact("validUntil", ISSUED.format(facts.validUntil()));
      fact("keyId", facts.keyId());
      code("signature", Base64.getEncoder().encodeToString(signature));
      rule();
      verification(verificationUrl);
    }

    private void title(String text) throws IOException {
      y -= TITLE_SIZE;
      float width = width(text, TITLE_SIZE);
      show(text, (box.getWidth() - width) / 2, y, TITLE_SIZE);
      y -= TITLE_SIZE * 0.8f;
    }

    private void rule() throws IOException {
      content.setLineWidth(0.6f);
      content.moveTo(MARGIN, y);
      content.lineTo(box.getWidth() - MARGIN, y);
      content.stroke();
      y -= TEXT_SIZE * LEADING;
    }

    /** One fact: its label on the left, its value wrapped in the column on the right. */
    private void fact(String name, String value) throws IOException {
      fact(name, value, TEXT_SIZE);
    }

    /**
     * A fact whose value is a code (hex digest, Base64): smaller, so that a 64-digit digest fits on
     * one line and reads as one.
     */
    private void code(String name, String value) throws IOException {
      fact(name, value, CODE_SIZE);
    }

    private void fact(String name, String value, float size) throws IOException {
      String label = Messages.text("filing.record.label." + name, locale);
      List<String> labelLines = wrap(label, LABEL_WIDTH - GUTTER, TEXT_SIZE);
      float valueX = MARGIN + LABEL_WIDTH;
      List<String> valueLines = wrap(value, box.getWidth() - MARGIN - valueX, size);
      y -= TEXT_SIZE;
      float top = y;
      for (int i = 0; i < labelLines.size(); i++) {
        show(labelLines.get(i), MARGIN, top - i * TEXT_SIZE * LEADING, TEXT_SIZE);
      }
      for (int i = 0; i < valueLines.size(); i++) {
        show(valueLines.get(i), valueX, top - i * TEXT_SIZE * LEADING, size);
      }
      int lines = Math.max(labelLines.size(), valueLines.size());
      y -= (lines - 1) * TEXT_SIZE * LEADING + TEXT_SIZE * (LEADING - 1) + TEXT_SIZE * 0.5f;
    }

    /** The QR code at the right; the hint and the address, wrapped, at its left. */
    private void verification(String url) throws IOException {
      float qrX = box.getWidth() - MARGIN - QR_SIDE;
      float qrY = y - QR_SIDE;
      QrCode.of(url).draw(content, qrX, qrY, QR_SIDE);
      content.setNonStrokingColor(0f, 0f, 0f);
      float textWidth = qrX - MARGIN - 12;
      float line = y - TEXT_SIZE - 12;
      for (String part :
          wrap(Messages.text("filing.record.verifyHint", locale), textWidth, TEXT_SIZE)) {
        show(part, MARGIN, line, TEXT_SIZE);
        line -= TEXT_SIZE * LEADING;
      }
      for (String part : wrap(url, textWidth, SMALL_SIZE)) {
        show(part, MARGIN, line, SMALL_SIZE);
        line -= SMALL_SIZE * LEADING;
      }
      y = Math.min(qrY, line);
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * {@code text} broken into lines no wider than {@code width}: at the last space where a line
     * has one (labels and hints), else at any character (digests, Base64, addresses and Chinese
     * names, which have no spaces to break at).
     */
    private List<String> wrap(String text, float width, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        int codePoint = text.codePointAt(i);
        if (line.length() > 0 && width(line + Character.toString(codePoint), size) > width) {
          int space = line.lastIndexOf(" ");
          String carried = space > 0 ? line.substring(space + 1) : "";
          lines.add(space > 0 ? line.substring(0, space) : line.toString());
          line.setLength(0);
          line.append(carried);
          continue;
        }
        line.appendCodePoint(codePoint);
        i += Character.charCount(codePoint);
      }
      lines.add(line.toString());
      return lines;
    }
  }

  /** The font file, open until the document (which subsets it when saved) is written. */
  private static final class FontFile implements AutoCloseable {

    private final Path path;

    /** Null for a plain {@code .ttf}. */
    private final TrueTypeCollection collection;

    private FontFile(Path path, TrueTypeCollection collection) {
      this.path = path;
      this.collection = collection;
    }

    static FontFile open(Path path) {
      try {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
          return new FontFile(path, new TrueTypeCollection(path.toFile()));
        }
        return new FontFile(path, null);
      } catch (IOException e) {
        throw new RecordFontMissingException(path.toString(), e);
      }
    }

    PDFont embed(PDDocument document) {
      try {
        if (collection == null) {
          return PDType0Font.load(document, path.toFile());
        }
        TrueTypeFont face = collection.getFontByName(FONT_NAME);
        if (face == null) {
          throw new RecordFontMissingException(path + " (" + FONT_NAME + ")", null);
        }
        return PDType0Font.load(document, face, true);
      } catch (IOException e) {
        throw new RecordFontMissingException(path.toString(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (collection != null) {
        collection.close();
      }
    }
  }
}
