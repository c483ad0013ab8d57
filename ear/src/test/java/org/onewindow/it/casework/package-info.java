/**
 * Integration tests of casework (issue 19; 001 7.3): the read-only case API's refusals and unit
 * scope. Cases arrive only by the inbound sync; the sync's IT covers them end to end.
 */
package org.onewindow.it.casework;
