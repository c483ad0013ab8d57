/** Inspection records and 立即巡检 on the interface and app pages (000 8.2.3 c; 003 6.7.3). */
package org.onewindow.web.console.inspection;
