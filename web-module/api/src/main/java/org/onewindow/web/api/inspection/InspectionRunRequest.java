package org.onewindow.web.api.inspection;

/**
 * The body of {@code POST /api/v1/inspections}: the subject to inspect now ({@code interface} or
 * {@code app} and its id), or neither for whatever is due.
 */
public record InspectionRunRequest(String subjectType, Long subjectId) {}
