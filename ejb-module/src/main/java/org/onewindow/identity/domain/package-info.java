/**
 * Unified identity's rules that need no container (002 6.4, 004 5.4): what makes a back-channel
 * logout token acceptable, and which sessions a logout ends.
 */
package org.onewindow.identity.domain;
