/**
 * Integration tests of the application centre (000 8.2, 9.3–9.5): interface registration and its
 * connectivity test, apps from application to publication, binding across units and the signed
 * gateway. Each class makes its own access unit, developer, interfaces and apps ({@link
 * org.onewindow.it.support.AppCentreSetup}).
 */
package org.onewindow.it.appcenter;
