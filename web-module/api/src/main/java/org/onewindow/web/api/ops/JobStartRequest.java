package org.onewindow.web.api.ops;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/jobs/{job}/executions}: the job's parameters by name (each job
 * declares the ones it takes and their bounds; anything else is refused), or none.
 */
public record JobStartRequest(Map<String, Long> parameters) {}
