package org.onewindow.review;

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
public enum ReviewStatus {
  DRAFT("草稿"),
  SUBMITTED("待审核"),
  APPROVED("审核通过"),
  REJECTED("审核不通过"),
  ONLINE("已上线"),
  OFFLINE("已下线");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  /** The state's Chinese name, used in messages. */
  public String label() {
    return label;
  }

  /** Whether the subject may be changed in this state (never while reviewed or in use). */
  public boolean editable() {
    return this == DRAFT || this == REJECTED || this == OFFLINE;
  }
}
