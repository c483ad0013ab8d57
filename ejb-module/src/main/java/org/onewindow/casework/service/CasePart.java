package org.onewindow.casework.service;

/** The parts of a case the exchange area and the upward report carry (004 7, 表1). */
public enum CasePart {
  /** 办件基本信息: the matter, the applicant (masked), the department, acceptance. */
  BASIC,
  /** 过程信息: the stages 受理 → 审查 → 决定 → 办结 with their times and handlers. */
  PROCESS,
  /** 结果信息 and 办结信息: the decision, the result document, delivery. */
  RESULT
}
