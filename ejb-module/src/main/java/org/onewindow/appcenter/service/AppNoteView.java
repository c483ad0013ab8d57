package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.appcenter.domain.AppNote;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.common.Localized;
import org.onewindow.crypto.mask.TextMasker;

/** A note as the console lists it; texts masked, since they may quote users (000 9.4.5). */
public record AppNoteView(
    long id,
    String kind,
    String kindLabel,
    int revision,
    String text,
    String writtenBy,
    Instant writtenAt,
    boolean open,
    String outcome,
    String archivedBy)
    implements Serializable, Localized<AppNoteView> {

  static AppNoteView of(AppNote n) {
    return new AppNoteView(
        n.getId(),
        n.getKind().name(),
        n.getKind().label(),
        n.getRevision(),
        TextMasker.mask(n.getText()),
        n.getWrittenBy(),
        n.getWrittenAt(),
        n.getKind().archivable() && n.getArchivedAt() == null,
        n.getOutcome() == null ? "" : TextMasker.mask(n.getOutcome()),
        n.getArchivedBy() == null ? "" : n.getArchivedBy());
  }

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public AppNoteView in(Locale locale) {
    return new AppNoteView(
        id,
        kind,
        NoteKind.valueOf(kind).label(locale),
        revision,
        text,
        writtenBy,
        writtenAt,
        open,
        outcome,
        archivedBy);
  }
}
