/** Unified identity's HTTP face: the realm's back-channel logout calls (004 5.4). */
package org.onewindow.web.api.identity;
