/** The sync capability's public face: the EJBs the batch jobs call. */
package org.onewindow.sync.service;
