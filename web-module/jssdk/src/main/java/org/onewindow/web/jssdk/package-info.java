/**
 * The light-app JSSDK (000 9.2.2–9.2.5): {@code /jssdk/index.js}, served with the address of the
 * platform's identity service written in, so a light app includes one script and needs no
 * configuration beyond its app id.
 */
package org.onewindow.web.jssdk;
