/**
 * The filing's domain: entities and value objects that need no container — what a filing holds (000
 * 10.1–10.2, 001 5), what the platform read from its install package, the review checklist (000
 * 10.3 a–i), the upgrade rule (10.3 c) and the signed filing record.
 */
package org.onewindow.filing.domain;
