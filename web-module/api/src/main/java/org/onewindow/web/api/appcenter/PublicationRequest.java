package org.onewindow.web.api.appcenter;

import java.util.List;

/** The body of {@code POST /api/v1/apps/{id}/publications} (000 8.2.3 b): halls and display. */
public record PublicationRequest(List<Long> hallIds, String displayName, Integer sortOrder) {}
