package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformException;
import org.onewindow.filing.service.FilingRecordService;
import org.onewindow.web.console.LocaleSwitch;

/**
 * A filing record's PDF ({@code /filing-record/{filingId}}, issue 18 item 3), in the console's
 * language, its QR code opening the public verification page under the platform's public address.
 */
@WebServlet("/filing-record/*")
public class FilingRecordPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Set by an operator where the server cannot see the name its users reach it by. */
  static final String PUBLIC_URL = "onewindow.public-url";

  @EJB private FilingRecordService records;

  @Inject private LocaleSwitch localeSwitch;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long filing = Long.parseLong(path.substring(1));
    byte[] pdf;
    try {
      pdf = records.pdf(filing, publicAddress(request), localeSwitch.getLocale());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (PlatformException e) {
      // The server lacks the record's font: an operator's matter, said in the user's language.
      response.sendError(
          HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.message(localeSwitch.getLocale()));
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"filing-record-" + filing + ".pdf\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  /**
   * The platform's address as its users reach it: {@code -Donewindow.public-url} when set, else the
   * request's scheme, host and port (as the API's record PDF does).
   */
  static String publicAddress(HttpServletRequest request) {
    String configured = System.getProperty(PUBLIC_URL, "").strip();
    if (!configured.isEmpty()) {
      return configured;
    }
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }
}
