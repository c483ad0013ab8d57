package org.onewindow.web.api.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.AppointmentView;
import org.onewindow.casework.service.BookingRequest;
import org.onewindow.common.MissingInputException;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/appointments}: a person's own bookings at the service halls (预约, 001 7.2) — book a
 * slot, list, read and cancel one's own. Persons only (the service's rule); the free places are
 * public at {@code /api/v1/service-halls/{code}/slots}.
 */
@RequestScoped
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

  @EJB private AppointmentService appointments;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Book a place in a hall's slot for a matter it handles")
  @APIResponseSchema(value = AppointmentView.class, responseCode = "201")
  @Extension(name = AnnexACodes.EXTENSION, value = "409:20001")
  public Response book(BookingRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "casework.appointment.date");
    }
    return Envelopes.created(appointments.book(request));
  }

  @GET
  @Operation(summary = "The caller's bookings, the latest visit first")
  @APIResponseSchema(value = AppointmentView[].class)
  public Response mine() {
    return Envelopes.ok(appointments.mine());
  }

  @GET
  @Path("/{number}")
  @Operation(summary = "One of the caller's bookings")
  @APIResponseSchema(value = AppointmentView.class)
  public Response one(@PathParam("number") String number) {
    return Envelopes.ok(appointments.mine(number));
  }

  @POST
  @Path("/{number}/cancellation")
  @Operation(summary = "Cancel one of the caller's bookings, giving its place back")
  @APIResponseSchema(value = AppointmentView.class)
  @Extension(name = AnnexACodes.EXTENSION, value = "409:20001")
  public Response cancel(@PathParam("number") String number) {
    return Envelopes.ok(appointments.cancel(number));
  }
}
