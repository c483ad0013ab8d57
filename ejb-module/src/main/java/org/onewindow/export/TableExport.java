package org.onewindow.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table — a header row of column labels, then rows of text cells — as CSV or XLSX,
 * streaming: rows are written as the {@link Iterable} yields them, so a caller that reads its rows
 * from the database page by page never holds the whole table, nor the whole file.
 *
 * <p>A null cell is written empty; a row shorter than the header is padded with empty cells, a
 * longer one is refused. The output stream is flushed, never closed: it belongs to the caller.
 */
public final class TableExport {

  /** Excel reads a CSV as UTF-8 (and so shows Chinese) only when it starts with the BOM. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final String CRLF = "\r\n";

  /** Rows between two flushes of the XLSX sheet: what the writer holds at most. */
  private static final int FLUSH_EVERY = 1000;

  private TableExport() {}

  /**
   * The table as CSV (RFC 4180): UTF-8 with a byte order mark, CRLF line ends, a field quoted when
   * it holds a comma, a double quote (doubled), CR or LF. A cell a spreadsheet would take for a
   * formula — one starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR — gets a
   * leading apostrophe (OWASP "CSV Injection"), so that opening an export never runs what a user
   * typed into a name; a negative number therefore reads {@code '-5}.
   */
  public static void csv(
      List<String> headers, Iterable<? extends List<String>> rows, OutputStream out) {
    try {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(BYTE_ORDER_MARK);
      csvRow(writer, headers, headers.size());
      for (List<String> row : rows) {
        csvRow(writer, row, headers.size());
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table as an Excel workbook of one sheet named {@code sheetName}: the header row bold and
   * frozen, every cell text (never a formula, whatever it starts with). Cells are inline strings,
   * so no table of all the distinct texts grows in memory.
   *
   * @param sheetName at most 31 characters, none of {@code []:*?/\}
   */
  public static void xlsx(
      List<String> headers,
      Iterable<? extends List<String>> rows,
      String sheetName,
      OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "OneWindow", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int column = 0; column < headers.size(); column++) {
        sheet.inlineString(0, column, cell(headers, column));
      }
      sheet.range(0, 0, 0, Math.max(headers.size(), 1) - 1).style().bold().set();
      sheet.freezePane(0, 1);
      int row = 1;
      for (List<String> cells : rows) {
        checkWidth(cells, headers.size());
        for (int column = 0; column < cells.size(); column++) {
          String value = cells.get(column);
          if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, value);
          }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csvRow(Writer writer, List<String> cells, int width) throws IOException {
    checkWidth(cells, width);
    for (int column = 0; column < width; column++) {
      if (column > 0) {
        writer.write(',');
      }
      writer.write(csvField(cell(cells, column)));
    }
    writer.write(CRLF);
  }

  /** One CSV field: guarded against formulas, then quoted where RFC 4180 section 2 needs it. */
  static String csvField(String value) {
    String text = defused(value);
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** {@code value} with a leading apostrophe when a spreadsheet would read it as a formula. */
  static String defused(String value) {
    if (value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  private static String cell(List<String> cells, int column) {
    String value = column < cells.size() ? cells.get(column) : null;
    return value == null ? "" : value;
  }

  private static void checkWidth(List<String> cells, int width) {
    if (cells.size() > width) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells in a table of " + width + " columns");
    }
  }
}
