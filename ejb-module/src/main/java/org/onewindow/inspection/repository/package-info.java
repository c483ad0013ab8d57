/**
 * Inspection's queries, one small repository per aggregate (schedules, records, alarms): services
 * build them on their {@code EntityManager}, and a unit test runs them against an in-memory
 * database. Not a public face: other capabilities use {@code inspection.service}.
 */
package org.onewindow.inspection.repository;
