/**
 * What every console page that reviews something shares (000 9.4.1, 9.3, 9.5; issue 15 item 2): the
 * review panel ({@code /WEB-INF/includes/review-panel.xhtml}: the reason, the steps the subject's
 * state allows, its history), the reason it takes ({@link
 * org.onewindow.web.console.review.ReviewReason}) and which steps a state allows ({@link
 * org.onewindow.web.console.review.ReviewSteps}). The steps themselves are each kind's beans, one
 * per use case ({@code SubmitApp}, {@code DecideOnApp}, …), each calling its kind's review service.
 */
package org.onewindow.web.console.review;
