package org.onewindow.web.api.filing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.onewindow.common.MissingInputException;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.service.CheckView;
import org.onewindow.filing.service.FilingChangeView;
import org.onewindow.filing.service.FilingFileView;
import org.onewindow.filing.service.FilingPage;
import org.onewindow.filing.service.FilingQuery;
import org.onewindow.filing.service.FilingRecordService;
import org.onewindow.filing.service.FilingReviewService;
import org.onewindow.filing.service.FilingService;
import org.onewindow.filing.service.FilingView;
import org.onewindow.filing.service.RecordView;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;
import org.onewindow.web.api.UploadNames;
import org.onewindow.web.api.openapi.AnnexACodes;

/**
 * {@code /api/v1/filings}: mobile-end filing (000 10) — an access unit's system writes, uploads and
 * submits; a filing reviewer judges the checklist and decides; the record is read and revoked.
 * Files travel as the raw request body with {@code X-File-Name} (URL-encoded) naming the original.
 */
@RequestScoped
@Path("/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

  @EJB private FilingService filings;

  @EJB private FilingReviewService reviews;

  @EJB private FilingRecordService records;

  @Context private HttpHeaders headers;

  @Context private HttpServletRequest request;

  @GET
  @Operation(summary = "Search the filings the caller may see, a page at a time")
  @APIResponseSchema(value = FilingPage.class)
  public Response search(
      @QueryParam("text") String text,
      @QueryParam("status") String status,
      @QueryParam("platform") String platform,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") @DefaultValue("desc") String order) {
    return Envelopes.ok(
        filings.search(
            new FilingQuery(
                text,
                FilingQuery.status(status),
                FilingQuery.platform(platform),
                offset,
                limit,
                sort,
                "asc".equalsIgnoreCase(order))));
  }

  /**
   * The search as a spreadsheet: {@code format} csv or xlsx, the same filters, at most 10,000 rows.
   */
  @GET
  @Path("/export")
  @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "Export the filings a search selects as CSV or XLSX")
  public Response export(
      @QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("text") String text,
      @QueryParam("status") String status,
      @QueryParam("platform") String platform,
      @QueryParam("sort") String sort,
      @QueryParam("order") @DefaultValue("desc") String order) {
    FilingQuery query =
        new FilingQuery(
            text,
            FilingQuery.status(status),
            FilingQuery.platform(platform),
            0,
            FilingQuery.MAX_LIMIT,
            sort,
            "asc".equalsIgnoreCase(order));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    filings.export(query, format, ApiTexts.languageOf(headers), out);
    boolean csv = format.strip().equalsIgnoreCase("csv");
    return Response.ok(out.toByteArray(), csv ? "text/csv; charset=UTF-8" : XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"filings." + (csv ? "csv" : "xlsx") + "\"")
        .build();
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a filing (a draft) for the caller's access unit")
  @APIResponseSchema(value = FilingView.class, responseCode = "201")
  public Response start(FilingRequest request) {
    FilingRequest body = required(request);
    return Envelopes.created(filings.start(body.unitName(), body.draft()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One filing, the people's names and phones masked")
  @APIResponseSchema(value = FilingView.class)
  public Response get(@PathParam("id") long id) {
    return Envelopes.ok(filings.get(id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a draft's fields (what is left out is cleared)")
  @APIResponseSchema(value = FilingView.class)
  public Response save(@PathParam("id") long id, FilingRequest request) {
    return Envelopes.ok(filings.save(id, required(request).draft()));
  }

  @GET
  @Path("/{id}/draft")
  @Operation(summary = "The draft's fields in clear, for its own unit's form")
  @APIResponseSchema(value = FilingDraft.class)
  public Response draft(@PathParam("id") long id) {
    return Envelopes.ok(filings.draft(id));
  }

  /**
   * The install package as the raw body; {@code platform} is android, ios, harmony or mini-program.
   */
  @PUT
  @Path("/{id}/package")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload the install package (read, fingerprinted, checked as an upgrade)")
  @APIResponseSchema(value = FilingView.class)
  public Response uploadPackage(
      @PathParam("id") long id,
      @QueryParam("platform") String platform,
      @HeaderParam("X-File-Name") String fileName,
      InputStream content) {
    return Envelopes.ok(filings.uploadPackage(id, platform, content, fileName(fileName)));
  }

  /** An image as the raw body: {@code icon} (replaces the earlier one) or {@code screenshot}. */
  @POST
  @Path("/{id}/images/{kind}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload the icon or a screenshot")
  @APIResponseSchema(value = FilingFileView.class, responseCode = "201")
  public Response uploadImage(
      @PathParam("id") long id,
      @PathParam("kind") String kind,
      @HeaderParam("X-File-Name") String fileName,
      InputStream content) {
    return Envelopes.created(filings.uploadImage(id, kind, content, fileName(fileName)));
  }

  @DELETE
  @Path("/{id}/screenshots/{fileId}")
  @Operation(summary = "Remove a screenshot from a draft")
  public Response removeScreenshot(@PathParam("id") long id, @PathParam("fileId") long fileId) {
    filings.removeScreenshot(id, fileId);
    return Envelopes.ok(filings.get(id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit, approve or reject (with the failed items' notes as reasons)")
  @APIResponseSchema(value = FilingView.class)
  public Response transition(@PathParam("id") long id, ReasonRequest request) {
    if (request == null || request.action() == null) {
      throw MissingInputException.of("action", "filing.request.actionMissing", "action");
    }
    return Envelopes.ok(
        reviews.perform(id, ReviewAction.parse(request.action()), request.reason()));
  }

  @POST
  @Path("/{id}/revisions")
  @Operation(summary = "Start a new revision after a rejection (rectification)")
  @APIResponseSchema(value = FilingView.class)
  public Response revise(@PathParam("id") long id) {
    return Envelopes.ok(reviews.revise(id));
  }

  @GET
  @Path("/{id}/checklist")
  @Operation(summary = "Checklist 000 10.3 a)-i) of the current revision")
  @APIResponseSchema(value = CheckView[].class)
  public Response checklist(@PathParam("id") long id) {
    return Envelopes.ok(reviews.checklist(id));
  }

  @PUT
  @Path("/{id}/checklist/{item}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A reviewer's verdict on one item: pass, fail or not-applicable, a note")
  @APIResponseSchema(value = CheckView.class)
  public Response judge(
      @PathParam("id") long id, @PathParam("item") String item, CheckRequest request) {
    if (request == null || request.verdict() == null) {
      throw MissingInputException.of("verdict", "filing.request.verdictMissing", "verdict");
    }
    return Envelopes.ok(reviews.judge(id, item, request.verdict(), request.note()));
  }

  @POST
  @Path("/{id}/checklist/{item}/evidence")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Add an evidence screenshot to one item")
  @APIResponseSchema(value = FilingFileView.class, responseCode = "201")
  public Response evidence(
      @PathParam("id") long id,
      @PathParam("item") String item,
      @HeaderParam("X-File-Name") String fileName,
      InputStream content) {
    return Envelopes.created(reviews.addEvidence(id, item, content, fileName(fileName)));
  }

  @GET
  @Path("/{id}/changes")
  @Operation(summary = "What changed since the last reviewed revision")
  @APIResponseSchema(value = FilingChangeView[].class)
  public Response changes(@PathParam("id") long id) {
    return Envelopes.ok(reviews.changes(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "The filing's review history, oldest first")
  @APIResponseSchema(value = ReviewTransitionView[].class)
  public Response history(@PathParam("id") long id) {
    return Envelopes.ok(reviews.history(id));
  }

  @GET
  @Path("/{id}/record")
  @Operation(summary = "The filing record issued on approval")
  @APIResponseSchema(value = RecordView.class)
  public Response record(@PathParam("id") long id) {
    return Envelopes.ok(records.ofFiling(id));
  }

  /** The record as a PDF whose QR code opens the public verification page. */
  @GET
  @Path("/{id}/record/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The filing record as a PDF with its verification QR code")
  @Extension(name = AnnexACodes.EXTENSION, value = "503:10000")
  public Response recordPdf(@PathParam("id") long id) {
    byte[] pdf = records.pdf(id, PublicAddress.of(request), ApiTexts.languageOf(headers));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"filing-record-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("/{id}/record/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke the filing's record, with a reason (filing reviewers)")
  @APIResponseSchema(value = RecordView.class)
  public Response revoke(@PathParam("id") long id, ReasonRequest request) {
    RecordView record = records.ofFiling(id);
    return Envelopes.ok(
        records.revoke(record.filingNumber(), request == null ? "" : request.reason()));
  }

  private static FilingRequest required(FilingRequest request) {
    if (request == null) {
      throw MissingInputException.of("body", "filing.request.bodyMissing");
    }
    return request;
  }

  private static String fileName(String header) {
    return UploadNames.decode(header, "filing.request.fileName");
  }
}
