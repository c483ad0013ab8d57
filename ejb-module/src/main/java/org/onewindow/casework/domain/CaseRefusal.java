package org.onewindow.casework.domain;

import org.onewindow.common.Message;

/**
 * Why an incoming case record is not kept: a field missing or malformed, or a rule broken. Carries
 * the message for the batch's rejection list; never the refused value (it may be personal data).
 * Thrown per record while a chunk is read, so it carries no stack trace.
 */
public final class CaseRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Message reason;

  CaseRefusal(Message reason) {
    super(reason.key(), null, false, false);
    this.reason = reason;
  }

  static CaseRefusal missing(String field) {
    return new CaseRefusal(Message.of("casework.field.missing", field));
  }

  static CaseRefusal malformed(String field) {
    return new CaseRefusal(Message.of("casework.field.malformed", field));
  }

  static CaseRefusal of(String key, Object... arguments) {
    return new CaseRefusal(Message.of(key, arguments));
  }

  public Message reason() {
    return reason;
  }
}
