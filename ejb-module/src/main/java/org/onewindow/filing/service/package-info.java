/**
 * The filing capability's public face: the EJB services submitters, reviewers and the public
 * verification page call. Every authorization and business rule of filing is checked here.
 */
package org.onewindow.filing.service;
