package org.onewindow.filing.service;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.export.TableExport;

/**
 * A filing search as a spreadsheet (issue 18 item 4): CSV or XLSX, the columns named in the
 * reader's language, the rows the caller may see and the query selects, at most {@value #MAX_ROWS}.
 * No personal data is in it: the people stay on the filing, masked even there.
 */
final class FilingExport {

  static final int MAX_ROWS = 10_000;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "appName",
          "unitName",
          "platform",
          "packageName",
          "versionName",
          "status",
          "revision",
          "updatedAt",
          "filingNumber");

  /** The formats offered. */
  enum Format {
    CSV,
    XLSX;

    static Format parse(String text) {
      return EnumNames.lookup(Format.class, text)
          .orElseThrow(() -> InvalidInputException.keyed("format", "filing.export.format"));
    }
  }

  private FilingExport() {}

  static void write(List<FilingSummary> rows, Format format, Locale locale, OutputStream out) {
    List<String> headers =
        COLUMNS.stream().map(c -> Messages.text("filing.export.column." + c, locale)).toList();
    List<List<String>> cells = new ArrayList<>();
    for (FilingSummary row : rows) {
      FilingSummary read = row.in(locale);
      cells.add(
          List.of(
              String.valueOf(read.id()),
              read.appName(),
              read.unitName(),
              read.platform(),
              read.packageName(),
              read.versionName(),
              read.statusLabel(),
              String.valueOf(read.revision()),
              TIME.format(read.updatedAt()),
              read.filingNumber()));
    }
    if (format == Format.CSV) {
      TableExport.csv(headers, cells, out);
    } else {
      TableExport.xlsx(headers, cells, Messages.text("filing.export.sheet", locale), out);
    }
  }
}
