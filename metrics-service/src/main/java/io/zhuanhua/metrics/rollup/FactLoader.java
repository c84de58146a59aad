package io.zhuanhua.metrics.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.protobuf.Duration;
import com.google.protobuf.InvalidProtocolBufferException;

import io.zhuanhua.metrics.conversion.ConsultationFact;
import io.zhuanhua.metrics.conversion.ConversationFacts;
import io.zhuanhua.metrics.conversion.ConversionCalculator;
import io.zhuanhua.metrics.conversion.DailyConversion;
import io.zhuanhua.metrics.conversion.FactSpan;
import io.zhuanhua.metrics.conversion.OrderFact;
import io.zhuanhua.metrics.conversion.Party;
import io.zhuanhua.metrics.conversion.ReplyFact;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ResponseWait;
import io.zhuanhua.metrics.conversion.ShopCalendar;
import io.zhuanhua.metrics.money.Money;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.Reply;

/**
 * Computes a period's daily figures from the raw stored facts (see {@link ConversionCalculator} for what it
 * needs). Reads with plain SQL, in the caller's transaction, because a 180-day period of a big shop means
 * millions of rows that need no entity management.
 */
@ApplicationScoped
public class FactLoader {
    /** Pre-sale, not removed conversations of shop ? whose first buyer message lies in [?, ?). */
    private static final String INQUIRIES = "select conversation_id from consultation where shop_id = ? and inquiry"
            + " and not removed and first_buyer_message_at >= ? and first_buyer_message_at < ?";

    private final DataSource dataSource;

    public FactLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DailyConversion compute(String shopId, ShopCalendar calendar, ReportPeriod period) {
        FactSpan span = FactSpan.of(calendar, period);
        try (Connection c = dataSource.getConnection()) {
            return new ConversionCalculator(calendar).daily(period,
                    conversations(c, shopId, span.conversationsFrom(), span.conversationsTo()),
                    replies(c, shopId, span.conversationsFrom(), span.conversationsTo(), span.ordersTo()),
                    orders(c, shopId, span.ordersFrom(), span.ordersTo()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the facts of shop " + shopId, e);
        }
    }

    /** The orders a span needs (created in [ordersFrom, ordersTo)), with their refunds; inside a transaction. */
    public List<OrderFact> orders(String shopId, FactSpan span) {
        try (Connection c = dataSource.getConnection()) {
            return orders(c, shopId, span.ordersFrom(), span.ordersTo());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the orders of shop " + shopId, e);
        }
    }

    /** Every conversation of the shop the buyer wrote in, by first buyer message in [from, to). */
    private static List<ConsultationFact> conversations(Connection c, String shopId, Instant from, Instant to)
            throws SQLException {
        List<ConsultationFact> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select conversation_id, buyer_id, inquiry,"
                + " first_buyer_message_at, platform, main_category, facts from consultation where shop_id = ?"
                + " and not removed and first_buyer_message_at >= ? and first_buyer_message_at < ?")) {
            bind(s, shopId, from, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant first = instant(r, 4);
                    byte[] facts = r.getBytes(7);
                    result.add(new ConsultationFact(r.getString(1), r.getString(2), r.getBoolean(3), false, first,
                            facts == null ? null : factsOf(facts, r.getString(5), r.getString(6), first)));
                }
            }
        }
        return result;
    }

    /**
     * Every reply to the inquiries' buyers in any conversation of the shop sent in [from, repliesTo) (index
     * consultation_reply_buyer_time), and the replies of those inquiries' conversations sent outside it.
     */
    private static List<ReplyFact> replies(Connection c, String shopId, Instant from, Instant to, Instant repliesTo)
            throws SQLException {
        List<ReplyFact> result = new ArrayList<>();
        String columns = "select conversation_id, buyer_id, role, agent_id, sent_at from consultation_reply";
        try (PreparedStatement s = c.prepareStatement(columns + " where shop_id = ? and sent_at >= ? and sent_at < ?"
                + " and buyer_id in (select buyer_id from consultation where shop_id = ? and inquiry and not removed"
                + " and first_buyer_message_at >= ? and first_buyer_message_at < ?)"
                + " union all " + columns + " where shop_id = ? and conversation_id in (" + INQUIRIES + ")"
                + " and (sent_at < ? or sent_at >= ?)")) {
            bind(s, shopId, from, repliesTo);
            s.setString(4, shopId);
            s.setObject(5, offset(from));
            s.setObject(6, offset(to));
            s.setString(7, shopId);
            s.setString(8, shopId);
            s.setObject(9, offset(from));
            s.setObject(10, offset(to));
            s.setObject(11, offset(from));
            s.setObject(12, offset(repliesTo));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Party party = "BOT".equals(r.getString(3)) ? Party.BOT : Party.agent(r.getString(4));
                    result.add(new ReplyFact(r.getString(1), r.getString(2), party, instant(r, 5)));
                }
            }
        }
        return result;
    }

    /** The shop's orders created in [from, to), with their refunds. */
    private static List<OrderFact> orders(Connection c, String shopId, Instant from, Instant to) throws SQLException {
        List<OrderFact> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select o.platform, o.order_id, o.buyer_id, o.created_at,"
                + " o.paid_at, o.cancelled_at, coalesce(o.paid_amount_minor, o.amount_minor),"
                + " case when o.paid_amount_minor is null then o.currency else o.paid_currency end,"
                + " f.refunds, f.refunded from shop_order o left join lateral (select count(*) as refunds,"
                + " coalesce(sum(amount_minor), 0) as refunded from order_refund where order_ref = o.id) f on true"
                + " where o.shop_id = ? and o.created_at >= ? and o.created_at < ?")) {
            bind(s, shopId, from, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant paidAt = instant(r, 5);
                    long paidMinor = r.getLong(7);
                    boolean amountKnown = !r.wasNull();
                    Money paid = paidAt != null && amountKnown ? Money.of(paidMinor, r.getString(8)) : null;
                    // A payment without a known amount (never created with one) cannot be counted as paid.
                    result.add(new OrderFact(r.getString(1) + ":" + r.getString(2), r.getString(3), instant(r, 4),
                            paid == null ? null : paidAt, instant(r, 6), paid, r.getString(1), r.getInt(9),
                            r.getLong(10)));
                }
            }
        }
        return result;
    }

    /**
     * The analysis facts of a stored snapshot. Waits are attributed to the reply that ended them: a turn
     * answered by a human belongs to the first human reply at or after its start, the human first response
     * to the first human reply at or after the first buyer message (or the transfer).
     */
    static ConversationFacts factsOf(byte[] stored, String platform, String mainCategory, Instant firstBuyerMessageAt) {
        Consultation c;
        try {
            c = Consultation.parseFrom(stored);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("unreadable facts of a stored conversation", e);
        }
        ResponseWait botFirst = c.hasBotFirstResponse() ? wait(Party.BOT, c.getBotFirstResponse()) : null;
        ResponseWait humanFirst = null;
        if (c.hasHumanFirstResponse()) {
            Instant from = c.hasTransferredAt() ? instant(c.getTransferredAt()) : firstBuyerMessageAt;
            Party agent = agentReplyingAtOrAfter(c, from);
            humanFirst = agent == null ? null : wait(agent, c.getHumanFirstResponse());
        }
        List<ResponseWait> turns = new ArrayList<>(c.getTurnsCount());
        for (BuyerTurn turn : c.getTurnsList()) {
            Party party = switch (turn.getAnsweredBy()) {
                case ROLE_BOT -> Party.BOT;
                case ROLE_AGENT -> agentReplyingAtOrAfter(c, instant(turn.getStartedAt()));
                default -> null;
            };
            turns.add(party == null ? new ResponseWait(null, 0, 0) : wait(party, turn.getWait()));
        }
        return new ConversationFacts(platform, mainCategory, c.getItemIdsCount() > 0 ? c.getItemIds(0) : null,
                c.getBotOnly(), c.hasTransferredAt(), botFirst, humanFirst, turns);
    }

    private static Party agentReplyingAtOrAfter(Consultation c, Instant from) {
        for (Reply reply : c.getRepliesList()) {
            if (reply.getRole() == Role.ROLE_AGENT && (from == null || !instant(reply.getSentAt()).isBefore(from))) {
                return Party.agent(reply.getAgentId());
            }
        }
        return null;
    }

    private static ResponseWait wait(Party party, io.zhuanhua.proto.common.v1.ResponseWait wait) {
        return new ResponseWait(party, millis(wait.getCalendar()), millis(wait.getBusiness()));
    }

    private static long millis(Duration d) {
        return d.getSeconds() * 1000 + d.getNanos() / 1_000_000;
    }

    private static Instant instant(com.google.protobuf.Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    static void bind(PreparedStatement s, String shopId, Instant from, Instant to) throws SQLException {
        s.setString(1, shopId);
        s.setObject(2, offset(from));
        s.setObject(3, offset(to));
    }

    static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
