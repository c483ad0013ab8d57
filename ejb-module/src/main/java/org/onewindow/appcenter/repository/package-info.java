/**
 * The application management centre's queries, one small repository per aggregate: services build
 * them on their {@code EntityManager} and run them in their own transaction. JPQL lives here and
 * nowhere else in the capability, so every query can be run in a unit test against an in-memory
 * database (Hibernate bootstrapped on H2, no server) and a service reads as its rule.
 *
 * <p>Not a public face: other capabilities use {@code appcenter.service}'s {@code *Service} beans,
 * never these classes or the entities they return.
 */
package org.onewindow.appcenter.repository;
