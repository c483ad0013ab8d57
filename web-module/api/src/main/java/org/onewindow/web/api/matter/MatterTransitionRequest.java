package org.onewindow.web.api.matter;

/**
 * A review step ({@code submit}, {@code approve}, {@code reject}) or a withdrawal, with a reason.
 */
public record MatterTransitionRequest(String action, String reason) {}
