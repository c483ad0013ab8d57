package org.onewindow.matter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.matter.domain.MatterState;
import org.onewindow.matter.domain.MatterVersion;

/** One version in an item's history: its number, where it stands, who wrote and submitted it. */
public record MatterVersionView(
    int versionNumber,
    MatterState state,
    String stateLabel,
    String name,
    String authoredBy,
    String submittedBy,
    String lastReason,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt)
    implements Localized<MatterVersionView>, Serializable {

  static MatterVersionView of(MatterVersion v) {
    return new MatterVersionView(
            v.getVersionNumber(),
            v.state(),
            "",
            v.getName(),
            v.getReview().authoredBy(),
            v.getReview().submittedBy(),
            v.getReview().lastReason(),
            v.getCreatedAt(),
            v.getReview().updatedAt(),
            v.getPublishedAt())
        .in(Messages.PLATFORM_LOCALE);
  }

  @Override
  public MatterVersionView in(Locale locale) {
    return new MatterVersionView(
        versionNumber,
        state,
        state.label(locale),
        name,
        authoredBy,
        submittedBy,
        lastReason,
        createdAt,
        updatedAt,
        publishedAt);
  }
}
