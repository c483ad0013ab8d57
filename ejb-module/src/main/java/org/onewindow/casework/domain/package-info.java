/**
 * Cases (办件, 001 7.2–7.3; 004 表1): what a case carries — its basic information (matter, department,
 * applicant), its process (受理 → 审查 → 决定 → 办结 with times and handlers) and its result and conclusion
 * (decision, result document, delivery) — and the rules an incoming case record obeys before it is
 * kept: stage times in order, resident ID numbers (GB 11643), unified social credit codes (GB
 * 32100), phone numbers. Applicants' personal data is kept only sealed, with masked forms for every
 * view (000 示例8).
 */
package org.onewindow.casework.domain;
