/**
 * 移动端备案 — mobile-end filing (000 10; 001 5, 9): before a provincial or departmental government app
 * goes to the app markets, its access unit files it with the platform — naming, responsible units,
 * the install package, privacy — and a filing reviewer works through checklist 000 10.3 a)–i).
 * Approval issues an SM2-signed filing record anyone can verify without logging in.
 *
 * <ul>
 *   <li>{@code domain}: the filing, its package facts, the checklist, the upgrade rule, the record;
 *   <li>{@code service}: the EJBs that are the capability's public face ({@code *Service});
 *   <li>{@code infrastructure}: reading install packages (apksig), rendering the record's PDF.
 * </ul>
 */
package org.onewindow.filing;
