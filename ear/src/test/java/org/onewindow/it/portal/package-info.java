/** Integration tests of the citizen portal: public pages, the halls and single sign-on. */
package org.onewindow.it.portal;
