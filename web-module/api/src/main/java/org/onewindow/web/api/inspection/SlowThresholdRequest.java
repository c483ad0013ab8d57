package org.onewindow.web.api.inspection;

/**
 * The body of {@code PUT /api/v1/inspections/slow-threshold}: an online subject ({@code interface}
 * or {@code app} and its id) and the milliseconds above which its answer is slow (000 9.4.3 c
 * 接口响应慢), or {@code null} for the default of 3000.
 */
public record SlowThresholdRequest(
    String subjectType, Long subjectId, Integer slowThresholdMillis) {}
