package org.onewindow.web.portal;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.onewindow.appcenter.service.HallDirectoryService;
import org.onewindow.appcenter.service.HallIcon;

/**
 * {@code GET /portal/app-icons/{appKey}}: the icon a hall shows for an app (000 8.2.3 b), public
 * like the hall page. Read-only; the request names an app, never a file — the service finds the
 * app's published icon and reads it by the name the store gave it.
 *
 * <p>Only an app that is online and published in a hall has an icon here; for any other (draft,
 * under review, offline, unknown) the answer is the same bare 404, so the address tells nothing
 * about apps the public cannot see. The content type is the one chosen at upload from the file's
 * magic bytes, with {@code nosniff} so no browser second-guesses it. The SM3 fingerprint is a
 * strong ETag; {@code no-cache} makes browsers revalidate each time (a cheap 304), so an app taken
 * offline loses its icon at once instead of when a cache expires.
 */
@WebServlet(urlPatterns = "/app-icons/*")
public class AppIconServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private HallDirectoryService directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    String appKey = appKey(request.getPathInfo());
    Optional<HallIcon> validator =
        appKey == null ? Optional.empty() : directory.iconValidator(appKey);
    if (validator.isEmpty()) {
      notFound(response);
      return;
    }
    String etag = EntityTags.strong(validator.get().sm3());
    if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      cacheHeaders(response, etag);
      return;
    }
    Optional<HallIcon> icon = directory.icon(appKey);
    if (icon.isEmpty()) { // taken offline in between, or the stored file is missing or altered
      notFound(response);
      return;
    }
    byte[] content = icon.get().content();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(icon.get().contentType());
    response.setContentLength(content.length);
    cacheHeaders(response, EntityTags.strong(icon.get().sm3()));
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.getOutputStream().write(content);
  }

  /** The app key of {@code /app-icons/{appKey}}; null for anything with more segments or none. */
  static String appKey(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
      return null;
    }
    return pathInfo.substring(1);
  }

  private static void cacheHeaders(HttpServletResponse response, String etag) {
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, no-cache");
  }

  private static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(0);
  }
}
