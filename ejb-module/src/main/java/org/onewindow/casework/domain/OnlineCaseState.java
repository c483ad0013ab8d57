package org.onewindow.casework.domain;

/**
 * Where an application made online stands (001 7.2 在线申请, 7.3 办件进度). The department's stages 受理 → 审查
 * → 决定 → 办结 are those of {@link CaseStage}; before them the applicant's draft and the submitted
 * application waiting to be taken in, and beside them the request for a correction (补正) that hands
 * the case back to the applicant until the missing material comes.
 */
public enum OnlineCaseState {
  /** 草稿: the applicant is still filling the form; only the applicant sees it. */
  DRAFT,
  /** 已提交，待受理: submitted, the department has not taken it in yet. */
  SUBMITTED,
  /** 待补正: the department asked for a correction; the applicant resubmits. */
  CORRECTION_REQUESTED,
  /** 受理. */
  ACCEPTED,
  /** 审查. */
  REVIEWED,
  /** 决定. */
  DECIDED,
  /** 办结: nothing changes any more. */
  CONCLUDED;

  /** The stage of {@link CaseStage} this state is, or null before acceptance or during 补正. */
  public CaseStage stage() {
    return switch (this) {
      case ACCEPTED -> CaseStage.ACCEPTED;
      case REVIEWED -> CaseStage.REVIEWED;
      case DECIDED -> CaseStage.DECIDED;
      case CONCLUDED -> CaseStage.CONCLUDED;
      case DRAFT, SUBMITTED, CORRECTION_REQUESTED -> null;
    };
  }
}
