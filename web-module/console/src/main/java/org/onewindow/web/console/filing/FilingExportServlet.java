package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.onewindow.common.PlatformException;
import org.onewindow.filing.service.FilingQuery;
import org.onewindow.filing.service.FilingService;
import org.onewindow.web.console.LocaleSwitch;

/**
 * The filing list's export (issue 18 item 4): {@code /filing-export?format=csv|xlsx} with the
 * list's filters ({@code text}, {@code status}, {@code platform}), the columns in the console's
 * language. The service selects within the caller's scope and caps the rows.
 */
@WebServlet("/filing-export")
public class FilingExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private FilingService filings;

  @Inject private LocaleSwitch localeSwitch;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = "xlsx".equals(request.getParameter("format")) ? "xlsx" : "csv";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      FilingQuery query =
          new FilingQuery(
              request.getParameter("text"),
              FilingQuery.status(request.getParameter("status")),
              FilingQuery.platform(request.getParameter("platform")),
              0,
              FilingQuery.MAX_LIMIT,
              "updatedAt",
              false);
      filings.export(query, format, localeSwitch.getLocale(), out);
    } catch (PlatformException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.message(localeSwitch.getLocale()));
      return;
    }
    response.setContentType("xlsx".equals(format) ? XLSX : "text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"filings." + format + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(out.size());
    out.writeTo(response.getOutputStream());
  }
}
