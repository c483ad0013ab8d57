package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.onewindow.common.PlatformException;
import org.onewindow.inspection.service.InspectionHistoryService;
import org.onewindow.inspection.service.InspectionScreenshot;

/**
 * The screenshot a page inspection's browser took ({@code /inspection-screenshots/{recordId}};
 * 界面巡检, 000 8.2.3 c), through {@link InspectionHistoryService#screenshot}, so that only who may see
 * the inspected app sees it; anyone else, and a record without one, gets 404. Served as the PNG the
 * store verified, and the browser is told not to guess another type.
 */
@WebServlet("/inspection-screenshots/*")
public class InspectionScreenshotServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private InspectionHistoryService history;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = id(request.getPathInfo());
    if (id < 0) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    InspectionScreenshot screenshot;
    try {
      screenshot = history.screenshot(id);
    } catch (PlatformException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = screenshot.stream()) {
      response.setContentType(screenshot.contentType());
      response.setContentLengthLong(screenshot.size());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, max-age=300");
      in.transferTo(response.getOutputStream());
    }
  }

  /** {@code /12} → 12; anything else → -1. */
  static long id(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(pathInfo.substring(1));
  }
}
