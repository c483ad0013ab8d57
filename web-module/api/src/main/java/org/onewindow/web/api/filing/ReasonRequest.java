package org.onewindow.web.api.filing;

/** A review step or a revocation, with its reason where one is needed. */
public record ReasonRequest(String action, String reason) {}
