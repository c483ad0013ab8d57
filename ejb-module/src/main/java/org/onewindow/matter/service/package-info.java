/**
 * The matter capability's public face (001 6.3, 7.1): the basic catalogue and the implementation
 * lists, their versions through the review workflow, and their side of the sync jobs.
 */
package org.onewindow.matter.service;
