/**
 * The application management centre's domain (000 8.2): access units (接入单位) that register
 * interfaces and apps. Rules here need no container and are unit-tested in plain JUnit.
 */
package org.onewindow.appcenter.domain;
