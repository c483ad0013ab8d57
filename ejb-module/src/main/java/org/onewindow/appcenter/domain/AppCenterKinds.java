package org.onewindow.appcenter.domain;

import org.onewindow.review.SubjectKind;

/**
 * The application centre's kinds of reviewed subject (000 9.4.1, 9.3), as the review history and
 * other capabilities' tables name them. Their review beans register them ({@code
 * org.onewindow.appcenter.service.InterfaceReviewKind}, {@code …AppReviewKind}).
 */
public final class AppCenterKinds {

  /** A registered interface (接口). */
  public static final SubjectKind INTERFACE =
      new SubjectKind("INTERFACE", "appcenter.subjectKind.INTERFACE");

  /** A service app (应用). */
  public static final SubjectKind APP = new SubjectKind("APP", "appcenter.subjectKind.APP");

  private AppCenterKinds() {}
}
