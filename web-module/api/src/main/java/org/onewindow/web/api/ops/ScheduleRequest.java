package org.onewindow.web.api.ops;

import java.util.Map;

/**
 * The body of {@code PUT /api/v1/jobs/{job}/schedule}: whether the job starts by itself, every
 * {@code everyMinutes} minutes or at the fixed times {@code dailyAt} ({@code HH:mm,HH:mm}, China
 * time) — one of the two —, with the parameters it declares.
 */
public record ScheduleRequest(
    Boolean enabled, Integer everyMinutes, String dailyAt, Map<String, Long> parameters) {}
