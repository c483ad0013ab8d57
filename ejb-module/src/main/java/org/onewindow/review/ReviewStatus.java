package org.onewindow.review;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * Where a subject stands in its review, whatever its kind (000 9.4.1: interfaces registered, then
 * detected and reviewed by the platform; 000 9.3 and 9.5: apps reviewed, put online in the halls,
 * taken offline when unstable and back after rectification and a new review).
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─approve→ APPROVED ─online→ ONLINE ─offline→ OFFLINE
 *   ▲               │reject                                              │
 *   │               ▼                                                    │
 *   └──revise── REJECTED ◄───────────── revise (rectification) ──────────┘
 * </pre>
 */
public enum ReviewStatus implements Labelled {
  DRAFT,
  SUBMITTED,
  APPROVED,
  REJECTED,
  ONLINE,
  OFFLINE;

  @Override
  public String labelKey() {
    return "review.status." + name();
  }

  /**
   * The state's name in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
  }

  /** Whether the subject may be changed in this state (never while reviewed or in use). */
  public boolean editable() {
    return this == DRAFT || this == REJECTED || this == OFFLINE;
  }
}
