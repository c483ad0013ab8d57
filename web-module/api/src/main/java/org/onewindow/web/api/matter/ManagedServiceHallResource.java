package org.onewindow.web.api.matter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.AppointmentView;
import org.onewindow.casework.service.HallOpeningService;
import org.onewindow.casework.service.OpeningView;
import org.onewindow.common.MissingInputException;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/managed-service-halls}: the hall registry behind the service map (000 8.1.2 i) for
 * those who keep it — an access unit's administrators and system accounts their unit's halls,
 * platform administrators every unit's (the service's rule).
 */
@RequestScoped
@Path("/managed-service-halls")
@Produces(MediaType.APPLICATION_JSON)
public class ManagedServiceHallResource {

  @EJB private ServiceHallService halls;

  @EJB private HallOpeningService openings;

  @EJB private AppointmentService appointments;

  @GET
  @Operation(summary = "The halls the caller keeps")
  @APIResponseSchema(value = ServiceHallView[].class)
  public Response list() {
    return Envelopes.ok(halls.managed());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a hall")
  @APIResponseSchema(value = ServiceHallView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:11001 403:20001")
  public Response create(HallRequest request) {
    return Envelopes.created(halls.create(required(request).draft()));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a hall's facts")
  @APIResponseSchema(value = ServiceHallView.class)
  public Response update(@PathParam("code") String code, HallRequest request) {
    return Envelopes.ok(halls.update(code, required(request).draft()));
  }

  @DELETE
  @Path("/{code}")
  @Operation(summary = "Take a hall off the map")
  public Response delete(@PathParam("code") String code) {
    halls.delete(code);
    return Envelopes.ok(null);
  }

  @PUT
  @Path("/{code}/openings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set a hall's appointment hours: per day of the week, opening, closing, slot length and"
              + " visitors per slot (none: no appointments)")
  @APIResponseSchema(value = OpeningView[].class)
  public Response setOpenings(@PathParam("code") String code, OpeningsRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "matter.request.bodyMissing");
    }
    return Envelopes.ok(openings.replace(code, request.openings()));
  }

  @GET
  @Path("/{code}/appointments")
  @Operation(summary = "The bookings of a hall the caller keeps on a day (date=yyyy-MM-dd), masked")
  @APIResponseSchema(value = AppointmentView[].class)
  public Response appointments(@PathParam("code") String code, @QueryParam("date") String date) {
    return Envelopes.ok(appointments.dayList(code, date));
  }

  private static HallRequest required(HallRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "matter.request.bodyMissing");
    }
    return request;
  }
}
