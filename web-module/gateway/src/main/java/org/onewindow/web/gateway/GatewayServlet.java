package org.onewindow.web.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.onewindow.appcenter.gateway.GatewayAnswer;
import org.onewindow.appcenter.gateway.GatewayCall;
import org.onewindow.appcenter.gateway.GatewayError;
import org.onewindow.appcenter.service.GatewayService;

/**
 * {@code GET|POST /gateway/v1/interfaces/{id}}: reads the call exactly as it travelled (the raw
 * path and query its signature covers, the body up to {@value #MAX_BODY} bytes) and writes the
 * answer. No rule lives here.
 */
@WebServlet(urlPatterns = "/v1/interfaces/*")
public class GatewayServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(GatewayServlet.class.getName());

  /** Larger calls are refused before they are read (413, 20000). */
  static final int MAX_BODY = 1024 * 1024;

  /** {@code /{id}}: compiled once, since {@code String.matches} compiles on every call. */
  private static final Pattern INTERFACE_PATH = Pattern.compile("/[1-9][0-9]{0,17}");

  @EJB private GatewayService gateway;

  /**
   * GET and POST only, the methods an interface is registered with (000 9.4.2). Any other method,
   * PATCH included (which the servlet API would answer 501 with an HTML page), is 405 20002 in the
   * envelope, and the interface is never called.
   */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"POST".equals(method)) {
      response.setHeader("Allow", "GET, POST");
      GatewayErrorServlet.write(
          response,
          GatewayErrorServlet.answer(
              HttpServletResponse.SC_METHOD_NOT_ALLOWED, GatewayErrorServlet.language(request)));
      return;
    }
    super.service(request, response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response);
  }

  private void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Long id = interfaceId(request.getPathInfo());
    if (id == null) {
      write(request, response, GatewayAnswer.refused(GatewayError.UNKNOWN_INTERFACE));
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      write(request, response, GatewayAnswer.refused(GatewayError.BODY_TOO_LARGE));
      return;
    }
    byte[] body = readBody(request.getInputStream());
    if (body == null) {
      write(request, response, GatewayAnswer.refused(GatewayError.BODY_TOO_LARGE));
      return;
    }
    write(
        request,
        response,
        gateway.handle(
            new GatewayCall(
                id,
                request.getMethod(),
                request.getRequestURI(),
                request.getQueryString(),
                body,
                request.getContentType(),
                request::getHeader)));
  }

  /** The id of {@code /{id}}, or null for anything else. */
  static Long interfaceId(String pathInfo) {
    if (pathInfo == null || !INTERFACE_PATH.matcher(pathInfo).matches()) {
      return null;
    }
    return Long.valueOf(pathInfo.substring(1));
  }

  /** The body, or null when it is longer than the limit (a chunked call declares no length). */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, GatewayAnswer answer)
      throws IOException {
    byte[] bytes = GatewayErrorServlet.inCallersLanguage(answer, request).body().getBytes(UTF_8);
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
