/**
 * The OpenAPI 3 document of {@code /api/v1} (issue 16 item 3): MicroProfile OpenAPI builds it from
 * the resources' JAX-RS annotations and their {@code @Operation} summaries and response types;
 * {@link org.onewindow.web.api.openapi.OpenApiFilter} adds what every operation shares and derives
 * the rest: the {@code {code,msg,data}} envelope (003 6.2.2.2), the 003 Annex A codes an operation
 * may answer ({@link org.onewindow.web.api.openapi.AnnexACodes}) and the roles it needs, read from
 * the {@code @RolesAllowed} of the services it calls ({@link
 * org.onewindow.web.api.openapi.ServiceRoles}).
 */
package org.onewindow.web.api.openapi;
