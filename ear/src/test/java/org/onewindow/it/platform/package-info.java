/**
 * Cross-cutting integration tests of the platform as a whole: the API envelope and error codes (003
 * 6.2.2.2, Annex A), browser hardening on every WAR, and acknowledged writes surviving a crash.
 */
package org.onewindow.it.platform;
