package org.onewindow.batch.sync;

import java.util.List;
import org.onewindow.casework.service.CaseExchangeService;
import org.onewindow.casework.service.CasePart;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.matter.service.MatterExchangeService;

/**
 * The platform's feeds for the exchange area (004 7.1–7.3, 表1) and the upward report (002 6.2 b–d),
 * each read after a cursor position from the capability that owns it.
 */
public enum OutboundFeed {
  /** 基本目录. */
  CATALOGUE("catalogue"),
  /** 实施清单 (published versions and withdrawals). */
  IMPLEMENTATION("implementation"),
  /** 办件基本信息. */
  CASE_BASIC("case-basic"),
  /** 办件过程信息. */
  CASE_PROCESS("case-process"),
  /** 办件结果信息. */
  CASE_RESULT("case-result"),
  /**
   * 评价信息: an empty feed until the evaluation capability lands (its files are then written like the
   * others; until then the step writes nothing and its cursor stays at 0).
   */
  EVALUATION("evaluation");

  private final String feedName;

  OutboundFeed(String feedName) {
    this.feedName = feedName;
  }

  public String feedName() {
    return feedName;
  }

  public static OutboundFeed named(String name) {
    for (OutboundFeed feed : values()) {
      if (feed.feedName.equals(name)) {
        return feed;
      }
    }
    throw new IllegalArgumentException("no outbound feed " + name);
  }

  /** The feed's changes after a sequence, oldest first. */
  List<ExchangeChange> changes(
      MatterExchangeService matters, CaseExchangeService cases, long after, int limit) {
    return switch (this) {
      case CATALOGUE -> matters.catalogueChanges(after, limit);
      case IMPLEMENTATION -> matters.implementationChanges(after, limit);
      case CASE_BASIC -> cases.caseChanges(CasePart.BASIC, after, limit);
      case CASE_PROCESS -> cases.caseChanges(CasePart.PROCESS, after, limit);
      case CASE_RESULT -> cases.caseChanges(CasePart.RESULT, after, limit);
      case EVALUATION -> List.of();
    };
  }
}
