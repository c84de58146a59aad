package io.zhuanhua.metrics.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.kit.auth.Caller;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.metrics.agent.AgentPerformanceReports;
import io.zhuanhua.metrics.conversion.ConversionReports;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.export.ConversationCsv;
import io.zhuanhua.metrics.export.ConversationExport;
import io.zhuanhua.metrics.lost.LostInquiries;
import io.zhuanhua.metrics.questions.QuestionShareReports;

/**
 * The dashboard's HTTP API. It only maps: every figure comes from the same domain classes as the gRPC
 * ReportService. {@link DashboardAccess} has authenticated the caller and checked the shop before any
 * method here runs.
 */
@Path("/dashboard/api")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private static final String CSV = "text/csv; charset=UTF-8";

    private final DashboardAccess access;
    private final ConversionReports reports;
    private final AgentPerformanceReports agents;
    private final LostInquiries lost;
    private final QuestionShareReports questions;
    private final ConversationExport export;
    private final ConversationCsv csv = new ConversationCsv(ComplianceRules.defaults());

    public DashboardResource(DashboardAccess access, ConversionReports reports, AgentPerformanceReports agents,
            LostInquiries lost, QuestionShareReports questions, ConversationExport export) {
        this.access = access;
        this.reports = reports;
        this.agents = agents;
        this.lost = lost;
        this.questions = questions;
        this.export = export;
    }

    /** The shops the key may open; an internal key may open any (the page then asks for the shop id). */
    public record Me(List<String> shops, boolean internal) {
    }

    @GET
    @Path("me")
    public Me me(@RestHeader("x-api-key") String apiKey) {
        Caller caller = access.caller(apiKey).orElseThrow();
        return new Me(caller.shops().stream().sorted().toList(), caller.internal());
    }

    /** The conversion report of a period, grouped like the gRPC report: {@code day}, {@code agent}, both or none. */
    @GET
    @Path("conversion")
    public ConversionView conversion(@RestQuery String shop, @RestQuery String from, @RestQuery String to,
            @RestQuery List<String> groupBy) {
        return ConversionView.of(reports.report(shop, period(from, to), grouping(groupBy)));
    }

    /** The waits of the period's buyer turns that human agents answered, binned, with the reply rate. */
    @GET
    @Path("response-times")
    public PanelViews.TurnWaits responseTimes(@RestQuery String shop, @RestQuery String from, @RestQuery String to) {
        // Grouped by agent: the agent rows hold each party's waits, so the human ones can be told from the bot's.
        return PanelViews.TurnWaits.of(reports.report(shop, period(from, to), EnumSet.of(ReportGrouping.AGENT)));
    }

    /** Agent KPIs and performance pay of the period, as GetAgentPerformance computes them. */
    @GET
    @Path("agents")
    public PanelViews.Agents agents(@RestQuery String shop, @RestQuery String from, @RestQuery String to) {
        return PanelViews.Agents.of(agents.report(shop, period(from, to)));
    }

    /** 询单流失 of the period: by reason, team and the responder who served the lost buyer last. */
    @GET
    @Path("lost")
    public PanelViews.Lost lost(@RestQuery String shop, @RestQuery String from, @RestQuery String to) {
        return PanelViews.Lost.of(lost.summary(shop, period(from, to)));
    }

    /** The shop's question shares of the period's inquiries. */
    @GET
    @Path("questions")
    public PanelViews.Questions questions(@RestQuery String shop, @RestQuery String from, @RestQuery String to) {
        // The shop's shares only: the page shows no per-product breakdown.
        return PanelViews.Questions.of(questions.report(shop, period(from, to), Set.of(), 0, 0).shop());
    }

    /** One CSV row per conversation of the period, personal data masked. */
    @GET
    @Path("conversations.csv")
    @Produces(CSV)
    public RestResponse<StreamingOutput> conversations(@RestQuery String shop, @RestQuery String from,
            @RestQuery String to) {
        ReportPeriod period = period(from, to);
        StreamingOutput body = out -> csv.write(export.rows(shop, period), out);
        return RestResponse.ResponseBuilder.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"conversations-" + shop + "-"
                        + period.start() + "-" + period.end() + ".csv\"")
                .build();
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date like 2026-11-26");
        }
    }

    private static Set<ReportGrouping> grouping(List<String> groupBy) {
        Set<ReportGrouping> grouping = EnumSet.noneOf(ReportGrouping.class);
        for (String g : groupBy) {
            switch (g) {
                case "day" -> grouping.add(ReportGrouping.DAY);
                case "agent" -> grouping.add(ReportGrouping.AGENT);
                default -> throw new InvalidFieldException("groupBy", "must be day or agent");
            }
        }
        return grouping;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalid(InvalidFieldException e) {
        return Problem.response(Status.BAD_REQUEST, Problem.of(e.field(), e.reason()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> precondition(PreconditionFailedException e) {
        return Problem.response(Status.CONFLICT, Problem.of(e.getMessage()));
    }
}
