/** Tests of the run command's refusals: bad settings and busy ports stop it before it starts. */
package org.onewindow.run;
