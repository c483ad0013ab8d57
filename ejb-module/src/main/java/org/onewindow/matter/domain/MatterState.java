package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;
import org.onewindow.review.ReviewStatus;

/**
 * Where one version of an implementation-list item stands, as people read it: its review (a draft,
 * submitted, rejected) until approved, then its publication (in force, superseded by a later
 * version, withdrawn).
 */
public enum MatterState implements Labelled {
  DRAFT,
  SUBMITTED,
  REJECTED,
  PUBLISHED,
  SUPERSEDED,
  WITHDRAWN;

  @Override
  public String labelKey() {
    return "matter.state." + name();
  }

  static MatterState of(ReviewStatus review, Publication publication) {
    if (publication != null) {
      return MatterState.valueOf(publication.name());
    }
    return switch (review) {
      case SUBMITTED -> SUBMITTED;
      case REJECTED -> REJECTED;
      default -> DRAFT;
    };
  }
}
