/**
 * Identity's queries, one small repository per aggregate, built by services on their {@code
 * EntityManager}. Not a public face: other capabilities use {@code identity.service}.
 */
package org.onewindow.identity.repository;
