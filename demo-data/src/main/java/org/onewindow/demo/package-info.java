/**
 * DEMO data for the embedded run ({@code ear/onewindow run}): access units, interfaces of the
 * standard's 图4 served by the bundled sample upstream, and apps in every review state, seeded into
 * an empty database so a newcomer sees the whole flow at once. Its own EJB module ({@code
 * demo-data.jar}), present in the default EAR and absent from the production one ({@code
 * onewindow-production.ear}, README "Production EAR"); {@code -Donewindow.demo-data=false} also
 * switches it off in the default EAR.
 */
package org.onewindow.demo;
