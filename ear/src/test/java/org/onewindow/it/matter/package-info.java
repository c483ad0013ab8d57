/**
 * Integration tests of matters (issue 19 item 1; 001 6.3, 7.1): the implementation list's versions
 * through review, unit scope, and the refusals of bad input.
 */
package org.onewindow.it.matter;
