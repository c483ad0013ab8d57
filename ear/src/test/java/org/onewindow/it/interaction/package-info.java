/** Integration tests of the portal's search and its management (issue 20 item 3; 001 7.4). */
package org.onewindow.it.interaction;
