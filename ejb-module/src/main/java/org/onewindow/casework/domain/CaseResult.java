package org.onewindow.casework.domain;

/** A case's decision (004 表1 结果信息). */
public enum CaseResult {
  /** 准予. */
  GRANTED,
  /** 不予. */
  DENIED,
  /** 撤回: the applicant withdrew. */
  WITHDRAWN,
  /** 终止: the procedure ended without a decision on the merits. */
  TERMINATED
}
