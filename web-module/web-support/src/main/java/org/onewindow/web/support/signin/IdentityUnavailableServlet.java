package org.onewindow.web.support.signin;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.web.support.LanguageChoice;

/**
 * The platform's page for a sign-in while the realm is out of reach: what happened, that signed-in
 * people are not affected, and a link to try again (the address the person asked for). Chinese
 * first; English when the person's 中文 / English switch says so, or {@code ?lang=en}. Answered 503
 * with {@code Retry-After}, so a script or monitor reading it knows it is temporary. Plain HTML
 * from the bundle, no script and no style, within every WAR's Content-Security-Policy.
 */
@WebServlet(name = "identity-unavailable", urlPatterns = SignInGuard.PAGE)
public class IdentityUnavailableServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final LocalizedTexts TEXTS =
      new LocalizedTexts(
          "org.onewindow.web.support.signin.messages",
          IdentityUnavailableServlet.class.getClassLoader());

  /** The probe's own period: asking again sooner would find the same answer. */
  private static final String RETRY_AFTER_SECONDS = "5";

  @Inject private transient Instance<LanguageChoice> languageChoice;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale language = language(request);
    String back = ReturnAddress.within(request.getContextPath(), request.getParameter("return"));
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(page(language, back));
  }

  private Locale language(HttpServletRequest request) {
    String asked = request.getParameter("lang");
    if (asked != null) {
      return "en".equals(asked) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
    // The WAR's session-scoped switch, when the person has a session in which to have chosen.
    if (request.getSession(false) != null
        && languageChoice != null
        && languageChoice.isResolvable()) {
      return languageChoice.get().getLocale();
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  static String page(Locale language, String back) {
    String returnParameter = URLEncoder.encode(back, StandardCharsets.UTF_8);
    return "<!DOCTYPE html>\n<html lang=\""
        + ("en".equals(language.getLanguage()) ? "en" : "zh-CN")
        + "\">\n<head><meta charset=\"UTF-8\"><title>"
        + text("signin.unavailable.title", language)
        + "</title></head>\n<body>\n<h1 id=\"identity-unavailable\">"
        + text("signin.unavailable.title", language)
        + "</h1>\n<p id=\"identity-unavailable-explanation\">"
        + text("signin.unavailable.explanation", language)
        + "</p>\n<p><a id=\"identity-unavailable-retry\" href=\""
        + escape(back)
        + "\">"
        + text("signin.unavailable.retry", language)
        + "</a></p>\n<p><a id=\"identity-unavailable-zh\" href=\"?lang=zh&amp;return="
        + returnParameter
        + "\">"
        + text("signin.language.zh", language)
        + "</a> | <a id=\"identity-unavailable-en\" href=\"?lang=en&amp;return="
        + returnParameter
        + "\">"
        + text("signin.language.en", language)
        + "</a></p>\n</body>\n</html>\n";
  }

  private static String text(String key, Locale language) {
    String text = TEXTS.pattern(key, language);
    return text != null ? escape(text) : "???" + key + "???";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
