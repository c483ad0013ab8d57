package org.onewindow.casework.domain;

import java.time.Instant;

/**
 * When a case reached a stage and who handled it (004 表1 过程信息).
 *
 * @param at the time, never null
 * @param handler the handling officer or post as the department names it; null when not given
 */
public record StageMark(Instant at, String handler) {}
