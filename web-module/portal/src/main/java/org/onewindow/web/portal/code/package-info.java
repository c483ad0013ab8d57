/**
 * Enterprise and personal codes in the portal (issue 20 item 8, 000 8.1.2 k): the holder's page
 * with its QR code renewed before it expires, and the public page that verifies a scanned code.
 * Issuing and verifying are the EJB service's ({@code HolderCodeService}); these beans show.
 */
package org.onewindow.web.portal.code;
