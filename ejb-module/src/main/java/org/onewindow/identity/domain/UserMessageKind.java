package org.onewindow.identity.domain;

/** 001 7.7 g: a public notice, or a reminder of the progress of what the user handles. */
public enum UserMessageKind {
  NOTICE,
  PROGRESS
}
