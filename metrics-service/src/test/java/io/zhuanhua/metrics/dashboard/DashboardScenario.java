package io.zhuanhua.metrics.dashboard;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.bot;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.metrics.grpc.Protos;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.LossEvidence;
import io.zhuanhua.proto.common.v1.LossSignal;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;

/**
 * Two days of shop-a (and one conversation of shop-b) loaded through the real RPCs, and an HTTP client for
 * the dashboard API. Loading twice changes nothing (snapshots are versioned, orders idempotent), so every
 * test class may load it.
 * <p>
 * 2026-03-02: 小明爱购物 asks, the bot then alice answer, buys and pays 129.00; buyer 13800138000 asks alice
 * and is lost (out of stock, with a phone number in the quote). shop-b's buyer asks carol.
 * 2026-03-03: buyer b3,"q" asks bob about the size at 09:00 and orders without paying; bob answers at 09:05, one
 * minute after the shop opened, so one of the five minutes is business time; =cmd writes after-sale.
 */
final class DashboardScenario {
    static final String FROM = "2026-03-02";
    static final String TO = "2026-03-03";
    static final String LOST_QUOTE = "没货了吗 有货打我电话13912345678";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DashboardScenario() {
    }

    static void load(ConsultationFeedServiceBlockingStub feed, OrderIngestServiceBlockingStub orders) {
        String d1 = FROM + "T";
        String d2 = TO + "T";
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(PublishConsultationsRequest.newBuilder()
                .addConsultations(inquiry("dash-c1", 1, "shop-a", "小明爱购物", d1 + "10:00", bot(d1 + "10:00:05"),
                        agent("alice", d1 + "10:02"))
                        .setMainCategory(QuestionCategory.QUESTION_CATEGORY_PRICE)
                        .setBotFirstResponse(waited(5_000)).setHumanFirstResponse(waited(115_000))
                        .addCategories(QuestionCategory.QUESTION_CATEGORY_PRICE)
                        .addTurns(turn(d1 + "10:00", Role.ROLE_BOT, waited(5_000)))
                        .addTurns(turn(d1 + "10:00:07", Role.ROLE_AGENT, waited(113_000))))
                .addConsultations(inquiry("dash-c2", 1, "shop-a", "13800138000", d1 + "14:00",
                        agent("alice", d1 + "14:01"))
                        .setMainCategory(QuestionCategory.QUESTION_CATEGORY_STOCK)
                        .addCategories(QuestionCategory.QUESTION_CATEGORY_STOCK)
                        .setHumanFirstResponse(waited(60_500))
                        .addTurns(turn(d1 + "14:00", Role.ROLE_AGENT, waited(60_500)))
                        .addTurns(BuyerTurn.newBuilder().setStartedAt(Protos.ts(d1 + "14:05")))
                        .addLossEvidence(LossEvidence.newBuilder().setSignal(LossSignal.LOSS_SIGNAL_OUT_OF_STOCK)
                                .setBuyerQuote(LOST_QUOTE).setDetail("item-1")))
                .addConsultations(inquiry("dash-c3", 1, "shop-a", "b3,\"q\"", d2 + "09:00", agent("bob", d2 + "09:05"))
                        .setMainCategory(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT)
                        .addCategories(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT)
                        .addCategories(QuestionCategory.QUESTION_CATEGORY_STOCK)
                        .setHumanFirstResponse(waited(300_000, 60_000))
                        .addTurns(turn(d2 + "09:00", Role.ROLE_AGENT, waited(300_000, 60_000))))
                .addConsultations(inquiry("dash-c4", 1, "shop-a", "=cmd", d2 + "11:00", agent("alice", d2 + "11:01"))
                        .setInquiry(false).setMainCategory(QuestionCategory.QUESTION_CATEGORY_LOGISTICS))
                .addConsultations(inquiry("dash-c5", 1, "shop-b", "shop-b-buyer", d1 + "10:00",
                        agent("carol", d1 + "10:01")))
                .build());
        ApiKeys.withKey(orders, Protos.SHOP_A_KEY).ingestOrderEvents(IngestOrderEventsRequest.newBuilder()
                .setShopId("shop-a")
                .addAllEvents(List.of(created("dash-o1", "小明爱购物", d1 + "11:00", 12900),
                        paid("dash-o1", "小明爱购物", d1 + "11:05"),
                        created("dash-o3", "b3,\"q\"", d2 + "10:00", 5900)))
                .build());
    }

    /** A wait entirely in business hours. */
    private static ResponseWait waited(long millis) {
        return waited(millis, millis);
    }

    private static ResponseWait waited(long calendarMillis, long businessMillis) {
        return ResponseWait.newBuilder().setCalendar(ProtoTime.duration(Duration.ofMillis(calendarMillis)))
                .setBusiness(ProtoTime.duration(Duration.ofMillis(businessMillis))).build();
    }

    private static BuyerTurn turn(String startedAt, Role answeredBy, ResponseWait wait) {
        return BuyerTurn.newBuilder().setStartedAt(Protos.ts(startedAt)).setAnsweredBy(answeredBy).setWait(wait)
                .build();
    }

    /** A GET of the dashboard API with the key (none when null). */
    static HttpResponse<byte[]> get(URI base, String pathAndQuery, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return values;
    }

    /** The field of each element of a JSON array, or the elements themselves when the field is null. */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(field == null ? v.asText() : v.get(field).asText()));
        return values;
    }

    /** A number field of each element of a JSON array. */
    static List<Long> figuresOf(JsonNode array, String field) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asLong()));
        return values;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
