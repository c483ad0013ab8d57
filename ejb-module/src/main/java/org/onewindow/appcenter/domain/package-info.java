/**
 * The application management centre's domain (000 8.2): access units (接入单位) that register
 * interfaces and apps; the interface definition of 000 9.4.2 示例7 with its parameters, its JSON file
 * ({@link org.onewindow.appcenter.domain.InterfaceDefinitionJson}) and its OpenAPI export ({@link
 * org.onewindow.appcenter.domain.OpenApiExport}); the division table seam (C 0109.1-2018 4.3).
 * Rules here need no container and are unit-tested in plain JUnit.
 */
package org.onewindow.appcenter.domain;
