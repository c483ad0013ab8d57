package org.onewindow.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.common.Messages;

/**
 * Reads the labels of an answer's views ({@link Localized}: an app's status, a note's kind, …) in
 * the caller's language ({@code Accept-Language}), in one place rather than in every resource. A
 * Chinese caller gets the views as the services made them.
 */
@Provider
public class LocalizedViews implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ApiResponse<?> answer) || answer.data() == null) {
      return;
    }
    Locale language = languageOf(request);
    if (language.getLanguage().equals(Messages.PLATFORM_LOCALE.getLanguage())) {
      return;
    }
    Object data = in(answer.data(), language);
    if (data != answer.data()) {
      response.setEntity(new ApiResponse<>(answer.code(), answer.msg(), data));
    }
  }

  /** The view, or a list of views, in {@code language}; anything else as it is. */
  private static Object in(Object data, Locale language) {
    if (data instanceof Localized<?> view) {
      return view.in(language);
    }
    if (data instanceof Collection<?> items
        && items.stream().anyMatch(Localized.class::isInstance)) {
      List<Object> read =
          items.stream()
              .map(item -> item instanceof Localized<?> v ? v.in(language) : item)
              .toList();
      return read;
    }
    return data;
  }

  /** As {@link ApiTexts#languageOf}: Chinese unless English comes first, or the header is bad. */
  private static Locale languageOf(ContainerRequestContext request) {
    try {
      return LocalizedTexts.preferred(request.getAcceptableLanguages());
    } catch (RuntimeException e) {
      return Messages.PLATFORM_LOCALE;
    }
  }
}
