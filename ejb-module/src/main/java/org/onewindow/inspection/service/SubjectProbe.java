package org.onewindow.inspection.service;

import java.util.Optional;
import org.onewindow.review.SubjectKind;

/**
 * How inspection reaches one kind of subject: a CDI bean per inspected kind, which reads the
 * subject through its owning capability's public service and says what to call. Which subjects are
 * online, and since when, inspection asks the review registry ({@link
 * org.onewindow.review.SubjectKinds}).
 */
public interface SubjectProbe {

  /** The kind this probe inspects. */
  SubjectKind kind();

  /** What to call for the subject, or empty when it is gone or no longer online. */
  Optional<InspectionTarget> target(long id);
}
