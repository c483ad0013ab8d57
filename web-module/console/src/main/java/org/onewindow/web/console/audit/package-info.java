/**
 * The console's view of the audit trail (GB/T 22239 8.1.4.3): platform administrators read the
 * newest records — the platform's own and the realm's logins, failures, logouts and administrators'
 * changes — already masked, and whether the SM3 chain still holds.
 */
package org.onewindow.web.console.audit;
