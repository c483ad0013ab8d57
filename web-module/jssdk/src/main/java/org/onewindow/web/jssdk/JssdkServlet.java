package org.onewindow.web.jssdk;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /jssdk/index.js} (000 9.2.2, 示例1): the SDK, rendered once at start from the template
 * in {@code WEB-INF/jssdk/} with the identity service's address ({@code -Donewindow.keycloak.url},
 * the same property the OIDC subsystem reads).
 */
@WebServlet(urlPatterns = "/index.js", loadOnStartup = 1)
public class JssdkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String DEFAULT_KEYCLOAK_URL = "http://localhost:8180";

  private byte[] script;

  @Override
  public void init() throws ServletException {
    try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/jssdk/index.js")) {
      if (in == null) {
        throw new ServletException("the JSSDK template WEB-INF/jssdk/index.js is missing");
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String keycloak = System.getProperty("onewindow.keycloak.url", DEFAULT_KEYCLOAK_URL);
      script = JssdkScript.render(template, keycloak).getBytes(StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      throw new ServletException("cannot prepare the JSSDK: " + e.getMessage(), e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/javascript;charset=UTF-8");
    // Light apps on other sites include it: readable cross-origin, cached briefly so a new
    // platform release reaches them within minutes.
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(script.length);
    response.getOutputStream().write(script);
  }
}
