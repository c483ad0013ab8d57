/**
 * The application management centre's EJB services: the transactional, role-checked face that the
 * console, the API and the batch jobs call. They return views, never managed entities.
 */
package org.onewindow.appcenter.service;
