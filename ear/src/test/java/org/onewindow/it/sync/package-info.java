/** The sync jobs against the deployed platform (issue 19 item 3; 004 7; 002 6.2). */
package org.onewindow.it.sync;
