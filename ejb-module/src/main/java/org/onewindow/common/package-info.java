/**
 * What every capability shares: the exceptions that carry a rejected input back to the caller
 * unchanged, so the web layer can answer with a clear message and the right 003 Annex A code.
 *
 * <p>Also shared kernel for every capability: {@link org.onewindow.common.UnitScope}, which access
 * unit's records the caller may see and act for; {@link org.onewindow.common.PlatformClock}, the
 * injected {@code java.time.Clock} services read the time from; {@link org.onewindow.common.Roles},
 * the role names.
 */
package org.onewindow.common;
