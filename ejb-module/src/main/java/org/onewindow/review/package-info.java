/**
 * Review as a capability of the kernel (000 9.4.1, 9.3, 9.5; issue 15 item 2): one workflow — draft
 * → submitted → approved, or rejected with reasons → online → offline → rectification → re-review —
 * for every kind of subject a capability registers.
 *
 * <ul>
 *   <li>{@link org.onewindow.review.ReviewWorkflow}: the steps, the role rules (owner roles submit
 *       and revise, decider roles decide and publish, platform administrators all), separation of
 *       duties and the audit of refused attempts for every kind, the history.
 *   <li>{@link org.onewindow.review.Review}, {@link org.onewindow.review.ReviewStatus}, {@link
 *       org.onewindow.review.ReviewAction}: the state a subject's entity embeds and its moves;
 *       {@link org.onewindow.review.ReviewTransition}: the history, one table ({@code
 *       ow_review_transition}) for all kinds.
 *   <li>{@link org.onewindow.review.ReviewedKind}: the SPI — a CDI bean per kind that names it,
 *       gives its roles, describes a subject, checks its preconditions and carries out its effects;
 *       {@link org.onewindow.review.SubjectKinds}: the registry of those beans, through which other
 *       capabilities (inspection, alarms) refer to subjects by kind and id.
 * </ul>
 *
 * <p>To have a new kind reviewed: embed {@code Review} as {@code review} in its entity, implement
 * {@link org.onewindow.review.Reviewable}, declare a {@link org.onewindow.review.SubjectKind} (its
 * name fits the 16-character {@code subject_type} columns), write its {@code ReviewedKind} bean,
 * and let the kind's review service run the workflow ({@link
 * org.onewindow.review.ReviewWorkflow#of}) in its own transaction. The kind's console page includes
 * {@code /WEB-INF/includes/review-panel.xhtml}.
 */
package org.onewindow.review;
