/**
 * Unified identity's EJB services (000 9.2, 002 6.4, 004 5.3–5.4): single logout across every
 * client on every node, and the platform's management of its apps' realm clients (000 9.3).
 */
package org.onewindow.identity.service;
