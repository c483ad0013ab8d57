package org.onewindow.casework.domain;

/** The stages of a case in their order (001 7.3 办件进度; 004 表1 过程信息): 受理 → 审查 → 决定 → 办结. */
public enum CaseStage {
  /** 受理: the department took the application in. */
  ACCEPTED,
  /** 审查: the application was examined. */
  REVIEWED,
  /** 决定: the department decided. */
  DECIDED,
  /** 办结: the case is concluded (004 表1 办结信息). */
  CONCLUDED
}
