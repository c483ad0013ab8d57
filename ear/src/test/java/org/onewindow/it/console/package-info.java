/** Integration tests of the administrators' console in Chromium, through the real login page. */
package org.onewindow.it.console;
