/** REST resources of the application management centre (000 8.2). */
package org.onewindow.web.api.appcenter;
