/** Operations endpoints: the public health check used by load balancers and the run command. */
package org.onewindow.web.api.ops;
