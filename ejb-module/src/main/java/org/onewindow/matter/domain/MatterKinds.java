package org.onewindow.matter.domain;

import org.onewindow.review.SubjectKind;

/** The subject kind the review workflow knows implementation-list versions by. */
public final class MatterKinds {

  /** 「事项」: one version of an implementation-list item under review. */
  public static final SubjectKind MATTER = new SubjectKind("MATTER", "matter.subjectKind.MATTER");

  private MatterKinds() {}
}
