package org.onewindow.filing.domain;

import org.onewindow.review.SubjectKind;

/** The subject kind the review workflow knows filings by (000 10.3). */
public final class FilingKinds {

  /** A mobile-end filing: {@code FILING} in the history, 「备案」 in messages. */
  public static final SubjectKind FILING = new SubjectKind("FILING", "filing.subjectKind.FILING");

  private FilingKinds() {}
}
