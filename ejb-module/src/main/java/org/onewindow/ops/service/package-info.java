/** Operations: health of the platform's own parts, for load balancers and operators (000 8.6). */
package org.onewindow.ops.service;
