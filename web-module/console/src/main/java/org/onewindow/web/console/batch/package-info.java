/** Console views that start batch jobs and show how their runs went. */
package org.onewindow.web.console.batch;
