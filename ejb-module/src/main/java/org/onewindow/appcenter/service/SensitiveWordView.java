package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.appcenter.domain.SensitiveWord;

/** A lexicon word as the console lists it. */
public record SensitiveWordView(long id, String word, String addedBy, Instant addedAt)
    implements Serializable {

  static SensitiveWordView of(SensitiveWord w) {
    return new SensitiveWordView(w.getId(), w.getWord(), w.getAddedBy(), w.getAddedAt());
  }
}
