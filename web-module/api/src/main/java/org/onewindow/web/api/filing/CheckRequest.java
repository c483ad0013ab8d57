package org.onewindow.web.api.filing;

/** A reviewer's verdict on one checklist item (000 10.3): pass, fail or not-applicable, a note. */
public record CheckRequest(String verdict, String note) {}
