package org.onewindow.web.api.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.casework.service.CaseQuery;
import org.onewindow.casework.service.CaseQueryService;
import org.onewindow.casework.service.CaseView;
import org.onewindow.common.PageRequest;
import org.onewindow.web.api.Envelopes;

/**
 * {@code /api/v1/cases}: the cases the caller's unit may see (001 7.3), a page at a time, and one
 * case; applicants masked (000 示例8). Read only — cases arrive by the inbound sync.
 */
@RequestScoped
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

  @EJB private CaseQueryService cases;

  @GET
  @Operation(
      summary =
          "Search the cases the caller may see by department, matter, stage and acceptance"
              + " window, a page at a time")
  @APIResponseSchema(value = CasePage.class)
  public Response search(
      @QueryParam("department") String department,
      @QueryParam("matter") String matter,
      @QueryParam("stage") String stage,
      @QueryParam("acceptedFrom") String acceptedFrom,
      @QueryParam("acceptedBefore") String acceptedBefore,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") @DefaultValue("desc") String order) {
    CaseQuery query =
        new CaseQuery(
            department,
            matter,
            CaseQuery.stage(stage),
            CaseQuery.time("acceptedFrom", acceptedFrom),
            CaseQuery.time("acceptedBefore", acceptedBefore));
    PageRequest page = new PageRequest(offset, limit, sort, "asc".equalsIgnoreCase(order));
    return Envelopes.ok(CasePage.of(cases.search(query, page)));
  }

  @GET
  @Path("/{caseNo}")
  @Operation(summary = "One case by its number, the applicant masked")
  @APIResponseSchema(value = CaseView.class)
  public Response get(@PathParam("caseNo") String caseNo) {
    return Envelopes.ok(cases.get(caseNo));
  }
}
