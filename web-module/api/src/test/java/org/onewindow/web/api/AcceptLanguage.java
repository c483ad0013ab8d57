package org.onewindow.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A request's headers that carry only an {@code Accept-Language}, for the mappers' tests. */
final class AcceptLanguage {

  private AcceptLanguage() {}

  /** Headers whose acceptable languages are {@code header}'s, by weight (none for null). */
  static HttpHeaders of(String header) {
    List<Locale> languages =
        header == null
            ? List.of()
            : Locale.LanguageRange.parse(header).stream()
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(range -> Locale.forLanguageTag(range.getRange()))
                .toList();
    return (HttpHeaders)
        Proxy.newProxyInstance(
            HttpHeaders.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getAcceptableLanguages")) {
                return languages;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** {@code provider} with its {@code @Context HttpHeaders} set to {@code headers}. */
  static <T> T inject(T provider, HttpHeaders headers) {
    try {
      Field field = provider.getClass().getDeclaredField("headers");
      field.setAccessible(true);
      field.set(provider, headers);
      return provider;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
