/** The platform's operations as administrators drive them: the batch jobs console and API. */
package org.onewindow.it.ops;
