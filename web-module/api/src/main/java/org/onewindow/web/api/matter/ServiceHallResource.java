package org.onewindow.web.api.matter;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.onewindow.casework.service.AppointmentService;
import org.onewindow.casework.service.HallOpeningService;
import org.onewindow.casework.service.OpeningView;
import org.onewindow.casework.service.SlotView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.matter.service.NearbyHall;
import org.onewindow.matter.service.ServiceHallService;
import org.onewindow.matter.service.ServiceHallView;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/service-halls}: the service map's halls (000 8.1.2 i), public like the map — by
 * division and matter, one by its code, and the nearest to a place (WGS-84 degrees) by great-circle
 * distance. No login (web.xml).
 */
@RequestScoped
@Path("/service-halls")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceHallResource {

  @EJB private ServiceHallService halls;

  @EJB private AppointmentService appointments;

  @EJB private HallOpeningService openings;

  @GET
  @SecurityRequirements
  @Operation(summary = "The halls in a division (and those under it) handling a matter")
  @APIResponseSchema(value = ServiceHallView[].class)
  public Response list(
      @QueryParam("divisionCode") String divisionCode, @QueryParam("matterCode") String matter) {
    return Envelopes.ok(halls.halls(divisionCode, matter));
  }

  @GET
  @Path("/nearest")
  @SecurityRequirements
  @Operation(
      summary =
          "The halls nearest to a place (lat, lng in WGS-84 degrees), nearest first, with their"
              + " great-circle distance in metres")
  @APIResponseSchema(value = NearbyHall[].class)
  @Extension(name = AnnexACodes.EXTENSION, value = "400:20003")
  public Response nearest(
      @QueryParam("lat") String latitude,
      @QueryParam("lng") String longitude,
      @QueryParam("limit") @DefaultValue("5") String limit,
      @QueryParam("divisionCode") String divisionCode,
      @QueryParam("matterCode") String matter) {
    return Envelopes.ok(
        halls.nearest(
            degrees("lat", latitude, "matter.hall.latitude"),
            degrees("lng", longitude, "matter.hall.longitude"),
            count(limit),
            divisionCode,
            matter));
  }

  @GET
  @Path("/{code}")
  @SecurityRequirements
  @Operation(summary = "One hall by its code")
  @APIResponseSchema(value = ServiceHallView.class)
  public Response get(@PathParam("code") String code) {
    return Envelopes.ok(halls.hall(code));
  }

  @GET
  @Path("/{code}/slots")
  @SecurityRequirements
  @Operation(
      summary =
          "A hall's appointment slots on a day (date=yyyy-MM-dd, from today to 14 days ahead) with"
              + " their free places (001 7.2, online appointments)")
  @APIResponseSchema(value = SlotView[].class)
  public Response slots(@PathParam("code") String code, @QueryParam("date") String date) {
    return Envelopes.ok(appointments.slots(code, date));
  }

  @GET
  @Path("/{code}/openings")
  @SecurityRequirements
  @Operation(summary = "A hall's appointment hours per day of the week")
  @APIResponseSchema(value = OpeningView[].class)
  public Response openings(@PathParam("code") String code) {
    return Envelopes.ok(openings.openings(code));
  }

  /** A number of degrees, or null when absent (the service says what is missing). */
  static Double degrees(String field, String text, String key) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (!Double.isFinite(value)) {
        throw InvalidInputException.keyed(field, key);
      }
      return value;
    } catch (NumberFormatException e) {
      throw InvalidInputException.keyed(field, key);
    }
  }

  private static int count(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.keyed(
          "limit", "matter.hall.limit", ServiceHallService.MAX_NEAREST);
    }
  }
}
