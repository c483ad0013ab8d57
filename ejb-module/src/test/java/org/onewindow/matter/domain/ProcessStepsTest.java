package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 办理流程 (001 7.1) shown to citizens as numbered steps (issue 20 item 2). */
class ProcessStepsTest {

  @Test
  void aRunOfStepsSplitsAtEnumerationCommasArrowsAndDashes() {
    assertEquals(List.of("申请", "受理", "审核", "制证", "发证"), ProcessSteps.of("申请、受理、审核、制证、发证"));
    assertEquals(List.of("申请", "受理", "审核"), ProcessSteps.of("申请—受理—审核"));
    assertEquals(List.of("申请", "受理", "办结"), ProcessSteps.of("申请 → 受理 → 办结"));
    assertEquals(List.of("申请", "受理"), ProcessSteps.of("申请；受理"));
  }

  @Test
  void oneStepALineKeepsEachLineWholeAndDropsTheWritersNumbers() {
    assertEquals(
        List.of("申请人提交材料，窗口核对", "受理", "审核后发证"),
        ProcessSteps.of("1. 申请人提交材料，窗口核对\n2、受理\n（3）审核后发证\n"));
  }

  @Test
  void blankHasNoStepsAndAParagraphStaysOneStep() {
    assertEquals(List.of(), ProcessSteps.of("  "));
    assertEquals(List.of(), ProcessSteps.of(null));
    assertEquals(List.of("当场办结"), ProcessSteps.of("当场办结"));
    String many = "步".repeat(1) + "、步".repeat(ProcessSteps.MAX_STEPS);
    assertEquals(List.of(many), ProcessSteps.of(many));
  }
}
