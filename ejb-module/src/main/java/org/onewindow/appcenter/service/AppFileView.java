package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.appcenter.domain.AppFile;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;

/** An app's file as the console and the API list it (never its storage path). */
public record AppFileView(
    long id,
    String kind,
    String kindLabel,
    String originalName,
    long size,
    String sm3,
    int revision,
    String uploadedBy,
    Instant uploadedAt)
    implements Serializable, Localized<AppFileView> {

  static AppFileView of(AppFile f) {
    return new AppFileView(
        f.getId(),
        f.getKind().name(),
        f.getKind().label(Messages.PLATFORM_LOCALE),
        f.getOriginalName(),
        f.getSize(),
        f.getSm3(),
        f.getRevision(),
        f.getUploadedBy(),
        f.getUploadedAt());
  }

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public AppFileView in(Locale locale) {
    return new AppFileView(
        id,
        kind,
        AppFileKind.valueOf(kind).label(locale),
        originalName,
        size,
        sm3,
        revision,
        uploadedBy,
        uploadedAt);
  }
}
