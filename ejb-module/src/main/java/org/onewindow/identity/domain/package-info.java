/**
 * Unified identity's rules that need no container (002 6.4, 004 5.4, 000 9.3): what makes a
 * back-channel logout token acceptable and which sessions a logout ends; what an app's realm client
 * must be.
 */
package org.onewindow.identity.domain;
