/** Checks of the EARs the build packages (no server): what the production EAR leaves out. */
package org.onewindow.ear;
