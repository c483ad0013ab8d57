/**
 * Stricter password rules for administrators than for citizens (GB/T 22239 level 3: 90-day expiry
 * for administrative accounts). Keycloak's password policies are realm-wide, so the expiry is a
 * required action keyed on role: at login, a user holding an administrative role whose password is
 * older than the limit must change it before going on; citizens are not affected.
 */
package org.onewindow.keycloak.expiry;
