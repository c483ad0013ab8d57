package org.onewindow.web.api;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.crypto.ResponseCode;

/**
 * What the API answers outside its JAX-RS application, in the envelope rather than the server's
 * HTML page: as the default servlet, a path no servlet serves ({@code /api/V1/...}, {@code
 * /api/v2/...}) is 404 20404 whatever the method; as the location of web.xml's error pages, a
 * missing or refused token is 10008 and a method nothing serves 20002. In the caller's language.
 * Inside {@code /v1} the exception mappers answer.
 */
@WebServlet(name = "api-errors", urlPatterns = "/")
public class ApiErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer s ? s : HttpServletResponse.SC_NOT_FOUND;
    Locale language = languageOf(request);
    switch (code) {
      case HttpServletResponse.SC_UNAUTHORIZED, HttpServletResponse.SC_FORBIDDEN ->
          write(response, code, ResponseCode.NOT_AUTHORIZED, "request.unauthorized", language);
      case HttpServletResponse.SC_NOT_FOUND ->
          write(response, code, ResponseCode.NOT_FOUND, "request.notFound", language);
      case HttpServletResponse.SC_METHOD_NOT_ALLOWED ->
          write(
              response,
              code,
              ResponseCode.METHOD_NOT_SUPPORTED,
              "request.methodNotAllowed",
              language);
      default ->
          write(
              response,
              code >= 400 && code < 500 ? code : 500,
              code >= 400 && code < 500 ? ResponseCode.INVALID_PARAMETER : ResponseCode.SYSTEM_BUSY,
              code >= 400 && code < 500 ? "request.malformed" : "request.busy",
              language);
    }
  }

  /** The caller's language from {@code Accept-Language}: Chinese unless English comes first. */
  static Locale languageOf(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? Locale.CHINA
        : LocalizedTexts.preferred(Collections.list(request.getLocales()));
  }

  /** Answers {@code status} with the envelope of {@code code} and the text of {@code key}. */
  static void write(
      HttpServletResponse response, int status, ResponseCode code, String key, Locale language)
      throws IOException {
    byte[] body =
        Json.createObjectBuilder()
            .add("code", code.code())
            .add("msg", ApiTexts.TEXTS.format(key, language))
            .addNull("data")
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
