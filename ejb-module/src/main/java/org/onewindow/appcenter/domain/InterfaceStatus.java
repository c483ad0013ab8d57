package org.onewindow.appcenter.domain;

/**
 * Where an interface stands in its review (000 9.4.1: registered, then detected and reviewed by the
 * platform; approved interfaces are managed centrally; 000 9.5 offline and back after rectifying).
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─approve→ APPROVED ─online→ ONLINE ─offline→ OFFLINE
 *   ▲               │reject                                              │
 *   │               ▼                                                    │
 *   └──revise── REJECTED ◄───────────── revise (rectification) ──────────┘
 * </pre>
 */
public enum InterfaceStatus {
  DRAFT("草稿"),
  SUBMITTED("待审核"),
  APPROVED("审核通过"),
  REJECTED("审核不通过"),
  ONLINE("已上线"),
  OFFLINE("已下线");

  private final String label;

  InterfaceStatus(String label) {
    this.label = label;
  }

  /** The state's Chinese name, used in messages. */
  public String label() {
    return label;
  }

  /** Whether the definition may be changed in this state (never while reviewed or in use). */
  public boolean editable() {
    return this == DRAFT || this == REJECTED || this == OFFLINE;
  }
}
