/**
 * Integration tests of mobile-end filing (issue 18; 000 10): the API, the record's verification.
 */
package org.onewindow.it.filing;
