package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.onewindow.common.PlatformException;
import org.onewindow.filing.service.FilingFileContent;
import org.onewindow.filing.service.FilingService;

/**
 * A filing's image for its pages ({@code /filing-files/{filingId}/{fileId}}): the icon, a
 * screenshot or a reviewer's evidence, through {@link FilingService#image}, so that only who may
 * see the filing sees its images. The content type is the one the store chose from the image's
 * verified format, and the browser is told not to guess another.
 */
@WebServlet("/filing-files/*")
public class FilingFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private FilingService filings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long[] ids = ids(request.getPathInfo());
    if (ids.length != 2) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FilingFileContent content;
    try {
      content = filings.image(ids[0], ids[1]);
    } catch (PlatformException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = content.stream()) {
      response.setContentType(content.contentType());
      response.setContentLengthLong(content.size());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, max-age=300");
      in.transferTo(response.getOutputStream());
    }
  }

  /** {@code /12/34} → {12, 34}; anything else → none. */
  static long[] ids(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}/\\d{1,18}")) {
      return new long[0];
    }
    String[] parts = pathInfo.substring(1).split("/");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }
}
