/**
 * The administrators' console (JSF + PrimeFaces), behind OIDC login with the {@code
 * onewindow-console} client. Beans are named after use cases and talk to EJB services only.
 */
package org.onewindow.web.console;
