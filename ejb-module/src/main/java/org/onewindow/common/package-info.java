/**
 * What every capability shares: the exceptions that carry a rejected input back to the caller
 * unchanged, so the web layer can answer with a clear message and the right 003 Annex A code.
 */
package org.onewindow.common;
