/**
 * The casework capability's public face (001 7.2–7.3; 004 表1): cases with their basic, process and
 * result information, applicants' personal data sealed at rest, and their side of the sync jobs.
 */
package org.onewindow.casework.service;
