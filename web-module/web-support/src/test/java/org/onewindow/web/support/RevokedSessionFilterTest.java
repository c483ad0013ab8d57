package org.onewindow.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A bearer-token caller whose session the realm ended gets 10008 (003 Annex A) in its own language:
 * Chinese first, English when {@code Accept-Language} puts it first.
 */
class RevokedSessionFilterTest {

  private static HttpServletRequest asking(String acceptLanguage, Locale... locales) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RevokedSessionFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeader" -> acceptLanguage;
                  case "getLocales" -> Collections.enumeration(List.of(locales));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void withoutALanguageTheRefusalIsInChinese() {
    assertEquals(
        "{\"code\":10008,\"msg\":\"用户未授权\",\"data\":null}",
        RevokedSessionFilter.unauthorized(asking(null)));
  }

  @Test
  void englishFirstGetsTheRefusalInEnglish() {
    assertEquals(
        "{\"code\":10008,\"msg\":\"Not authorised\",\"data\":null}",
        RevokedSessionFilter.unauthorized(asking("en-GB,zh;q=0.5", Locale.UK, Locale.CHINESE)));
  }
}
