package org.onewindow.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.onewindow.web.support.PageTexts;

/**
 * The portal's texts ({@code #{msg['…']}}): {@code messages.properties} (Chinese) and {@code
 * messages_en.properties}, in the language of {@link LocaleSwitch}.
 */
@Named("msg")
@RequestScoped
public class PortalTexts extends PageTexts {

  /** The portal's bundle. */
  public static final String BUNDLE = "org.onewindow.web.portal.messages";

  @Inject private LocaleSwitch localeSwitch;

  public PortalTexts() {
    super(BUNDLE);
  }

  @Override
  protected Locale language() {
    return localeSwitch.getLocale();
  }
}
