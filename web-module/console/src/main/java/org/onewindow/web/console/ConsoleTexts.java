package org.onewindow.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.onewindow.web.support.PageTexts;

/**
 * The console's texts ({@code #{msg['…']}}): {@code messages.properties} (Chinese, the one source
 * of each Chinese text) and {@code messages_en.properties}, in the language of {@link
 * LocaleSwitch}.
 */
@Named("msg")
@RequestScoped
public class ConsoleTexts extends PageTexts {

  /** The console's bundle. */
  public static final String BUNDLE = "org.onewindow.web.console.messages";

  @Inject private LocaleSwitch localeSwitch;

  public ConsoleTexts() {
    super(BUNDLE);
  }

  @Override
  protected Locale language() {
    return localeSwitch.getLocale();
  }

  /** The text of {@code key} in {@code language}, for beans that build a message. */
  public static String text(Locale language, String key) {
    return PageTexts.text(BUNDLE, language, key);
  }
}
