package org.onewindow.web.gateway;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.onewindow.appcenter.gateway.AppAccess;
import org.onewindow.appcenter.gateway.GatewayAnswer;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.crypto.ResponseCode;

/**
 * Every answer of the gateway that no servlet of ours writes, in the envelope rather than the
 * server's HTML page: a path no servlet serves ({@code /gateway/V1/Interfaces/5}: paths are case
 * sensitive) is 404 20404, as the default servlet; a method a servlet does not serve is 405 20002,
 * and any other error the container raises is answered here through web.xml's error pages. In the
 * caller's language, Chinese first.
 */
@WebServlet(
    name = "gateway-errors",
    urlPatterns = {"/", GatewayErrorServlet.ERROR_PATH})
public class GatewayErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where web.xml sends the container's errors. */
  static final String ERROR_PATH = "/errors";

  static final LocalizedTexts TEXTS =
      new LocalizedTexts(
          "org.onewindow.web.gateway.messages", GatewayErrorServlet.class.getClassLoader());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer s ? s : HttpServletResponse.SC_NOT_FOUND;
    write(response, answer(code, language(request)));
  }

  /** The envelope for an HTTP error status. */
  static GatewayAnswer answer(int status, Locale language) {
    return switch (status) {
      case HttpServletResponse.SC_NOT_FOUND ->
          GatewayAnswer.refused(status, ResponseCode.NOT_FOUND, text("notFound", language));
      case HttpServletResponse.SC_METHOD_NOT_ALLOWED ->
          GatewayAnswer.refused(
              status, ResponseCode.METHOD_NOT_SUPPORTED, text("methodNotAllowed", language));
      case HttpServletResponse.SC_UNAUTHORIZED, HttpServletResponse.SC_FORBIDDEN ->
          GatewayAnswer.refused(status, ResponseCode.NOT_AUTHORIZED, text("forbidden", language));
      default ->
          status >= 400 && status < 500
              ? GatewayAnswer.refused(
                  status, ResponseCode.INVALID_PARAMETER, text("badRequest", language))
              : GatewayAnswer.refused(
                  HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                  ResponseCode.SYSTEM_BUSY,
                  text("busy", language));
    };
  }

  /**
   * The answer with its refusal's message in the caller's language: Chinese by default, the refusal
   * bundle's English ({@code gateway.<reason>}) when the caller puts English first.
   */
  static GatewayAnswer inCallersLanguage(GatewayAnswer answer, HttpServletRequest request) {
    if (answer.reason() == null || request.getHeader("Accept-Language") == null) {
      return answer;
    }
    Locale language = language(request);
    if (!Locale.ENGLISH.getLanguage().equals(language.getLanguage())) {
      return answer;
    }
    String key = "gateway." + answer.reason();
    // The same arguments as the Chinese text (a refused timestamp's server time); the refusals
    // without their own name the test-mode limit, {0} of the bundle's gateway texts.
    Object[] arguments =
        answer.arguments().isEmpty()
            ? new Object[] {AppAccess.TEST_CALLS_PER_MINUTE}
            : answer.arguments().toArray();
    String text = LocalizedTexts.REFUSALS.format(key, language, arguments);
    return text.equals(key) ? answer : answer.withMessage(text);
  }

  /** Chinese unless the caller's Accept-Language puts English first (never the server's own). */
  static Locale language(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Locale.CHINA;
    }
    return LocalizedTexts.preferred(Collections.list(request.getLocales()));
  }

  private static String text(String key, Locale language) {
    return TEXTS.format("gateway." + key, language);
  }

  static void write(HttpServletResponse response, GatewayAnswer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
