/**
 * What every capability shares: the exceptions that carry a rejected input back to the caller
 * unchanged, so the web layer can answer with a clear message and the right 003 Annex A code; the
 * messages they carry as keys ({@link org.onewindow.common.Message}), resolved in the caller's
 * language by {@link org.onewindow.common.Messages} from one bundle per capability; enum labels as
 * keys ({@link org.onewindow.common.Labelled}); the input rules every text field obeys; the realm's
 * roles ({@link org.onewindow.common.Roles}).
 *
 * <p>Also kernel for every capability: {@link org.onewindow.common.UnitScope}, which access unit's
 * records the caller may see and act for, and {@link org.onewindow.common.PlatformClock}, the
 * injected {@code java.time.Clock} services read the time from.
 */
package org.onewindow.common;
