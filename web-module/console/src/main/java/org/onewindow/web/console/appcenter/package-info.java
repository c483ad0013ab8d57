/** Console views of the application management centre (000 8.2). */
package org.onewindow.web.console.appcenter;
