/**
 * The application management centre's adapters to things outside the domain: the bundled or
 * configured administrative division table ({@link
 * org.onewindow.appcenter.infrastructure.BundledDivisionTable}) behind the domain's {@link
 * org.onewindow.appcenter.domain.DivisionTable} seam. No container is needed; services inject what
 * is built here.
 */
package org.onewindow.appcenter.infrastructure;
