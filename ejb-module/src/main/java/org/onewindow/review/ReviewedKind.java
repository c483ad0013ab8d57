package org.onewindow.review;

import java.util.Set;
import org.onewindow.common.Roles;

/**
 * The one thing a capability writes to have a kind of subject reviewed (the SPI of the registry,
 * {@link SubjectKinds}): a CDI bean per kind, {@code @ApplicationScoped}, found by its type. It
 * names the kind, says which roles stand on the owner's side and which decide, describes a subject
 * for the audit trail, checks the kind's own preconditions before a step (an app's functional test
 * record before submission, its halls before going online) and carries out what a step means for
 * the kind afterwards (an app's realm client switched on or off). Everything else — the states, the
 * role rules, separation of duties, the refusals' audit, the history — is the {@link
 * ReviewWorkflow}'s, the same for every kind.
 *
 * @param <S> the kind's entity
 */
public interface ReviewedKind<S extends Reviewable> {

  SubjectKind kind();

  /** The entity that embeds the kind's {@link Review} as {@code review}. */
  Class<S> subjectClass();

  /**
   * Roles that register, revise (rectify) and submit subjects of this kind, besides platform
   * administrators: by default an access unit's developers and system accounts.
   */
  default Set<String> ownerRoles() {
    return Set.of(Roles.UNIT_DEVELOPER, Roles.API_CLIENT);
  }

  /**
   * Roles that approve, reject, put online and take offline, besides platform administrators
   * (interfaces and apps: the application reviewers; filings will name theirs).
   */
  Set<String> deciderRoles();

  /** The subject as the audit trail names it: 「应用 app-… 公交出行」, 「接口 #12 全国线路查询」. */
  String describe(S subject);

  /**
   * Refuses a step the kind does not allow yet, before the state is even looked at.
   *
   * @throws org.onewindow.common.StateConflictException naming what is missing
   */
  default void checkBefore(S subject, ReviewAction action) {
    // No preconditions of its own.
  }

  /** What a kept step means for the kind, in the same transaction (caches, realm clients). */
  default void afterMove(S subject, ReviewTransition transition) {
    // Nothing more.
  }

  /**
   * Checks that the caller may see the subject, as the owning capability decides (a unit's
   * developer sees its own unit's only).
   *
   * @throws org.onewindow.common.NotFoundException when there is none the caller may see
   */
  void checkVisible(long id);
}
