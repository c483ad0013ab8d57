package org.onewindow.web.console.casework;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.casework.service.MaterialContent;
import org.onewindow.casework.service.OnlineCaseHandlingService;
import org.onewindow.common.PlatformException;

/**
 * A material of an online case for its examiner ({@code /online-materials/{caseNo}/{materialId}}),
 * through {@link OnlineCaseHandlingService#material}, so that only who sees the case sees its
 * materials. The content type is the store's, from the verified format; the browser is told not to
 * guess another, nor to keep a copy.
 */
@WebServlet("/online-materials/*")
public class OnlineMaterialServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9]{1,32})/(\\d{1,18})");

  @EJB private OnlineCaseHandlingService handling;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    MaterialContent content;
    try {
      content = handling.material(path.group(1), Long.parseLong(path.group(2)));
    } catch (PlatformException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = content.stream()) {
      response.setContentType(content.contentType());
      response.setContentLengthLong(content.size());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-store");
      in.transferTo(response.getOutputStream());
    }
  }
}
