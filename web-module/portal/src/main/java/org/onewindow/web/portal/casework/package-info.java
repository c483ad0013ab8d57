/**
 * Online handling in the portal (001 7.2–7.3): the application form of a matter ({@code
 * apply.xhtml?matter=…}), the step-up login that raises the real-name level the form needs ({@code
 * /step-up}), the applicant's cases ({@code my-cases.xhtml}) and one case's progress ({@code
 * case.xhtml?id=…}). The rules are the casework services'; the beans only call and show.
 */
package org.onewindow.web.portal.casework;
