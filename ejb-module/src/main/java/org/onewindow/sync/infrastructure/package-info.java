/** The upper platform's signed HTTP exchange and the platform's key for it. */
package org.onewindow.sync.infrastructure;
