package io.zhuanhua.chat.feed;

import static io.zhuanhua.kit.grpc.ProtoTime.duration;
import static io.zhuanhua.kit.grpc.ProtoTime.timestamp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.ingest.ConversationInsight;
import io.zhuanhua.chat.lost.LossEvidence;
import io.zhuanhua.chat.profile.CustomerProfile;
import io.zhuanhua.chat.profile.DimensionReading;
import io.zhuanhua.chat.profile.Evidence;
import io.zhuanhua.chat.store.ChatStore;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.chat.store.StoredMessage;
import io.zhuanhua.chat.timing.BuyerTurn;
import io.zhuanhua.chat.timing.Wait;
import io.zhuanhua.proto.common.v1.BuyerTurn.Builder;
import io.zhuanhua.proto.common.v1.CustomerDimension;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.CustomerTrait;
import io.zhuanhua.proto.common.v1.LossSignal;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.Reply;

/** A conversation's insight in the words of the consultation feed contract. */
public final class ConsultationSnapshots {
    private ConsultationSnapshots() {
    }

    /**
     * @param messages the conversation's messages in time order, as stored
     * @param mask hides personal data in the quotes: snapshots leave the service in bulk
     */
    public static Consultation of(StoredConversation c, ConversationInsight insight, List<StoredMessage> messages,
            UnaryOperator<String> mask) {
        ConversationFacts facts = insight.facts();
        Consultation.Builder b = Consultation.newBuilder().setConversationId(c.id.toString())
                .setVersion(c.factsVersion).setShopId(c.shopId).setPlatform(Platform.valueOf("PLATFORM_" + c.platform))
                .setBuyerId(c.buyerId).setLastMessageAt(timestamp(facts.lastMessageAt())).setInquiry(facts.inquiry())
                .setHumanRequested(insight.handoff().humanRequested()).setBotOnly(insight.handoff().botOnly())
                .setHumanRequestUnanswered(insight.handoff().humanRequestUnanswered())
                .setCustomer(customer(insight.customer(), mask));
        if (facts.firstBuyerMessageAt() != null) {
            b.setFirstBuyerMessageAt(timestamp(facts.firstBuyerMessageAt()));
        }
        if (facts.mainCategory() != null) {
            b.setMainCategory(QuestionCategory.forNumber(facts.mainCategory().number()));
        }
        if (facts.transferredAt() != null) {
            b.setTransferredAt(timestamp(facts.transferredAt()));
        }
        Set<QuestionCategory> categories = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        for (StoredMessage m : messages) {
            Sender sender = Sender.valueOf(m.sender);
            if (sender.replies()) {
                b.addReplies(Reply.newBuilder().setRole(role(sender)).setAgentId(m.agentId).setSentAt(timestamp(m.sentAt))
                        .setScriptId(m.scriptId));
            } else if (sender == Sender.BUYER) {
                ChatStore.categories(m).forEach(s -> categories.add(QuestionCategory.forNumber(s.category().number())));
            }
            if (!m.itemId.isEmpty()) {
                items.add(m.itemId);
            }
        }
        b.addAllCategories(categories).addAllItemIds(items);
        if (insight.times().botFirstResponse() != null) {
            b.setBotFirstResponse(wait(insight.times().botFirstResponse()));
        }
        if (insight.times().humanFirstResponse() != null) {
            b.setHumanFirstResponse(wait(insight.times().humanFirstResponse()));
        }
        for (BuyerTurn t : insight.times().turns()) {
            Builder turn = io.zhuanhua.proto.common.v1.BuyerTurn.newBuilder().setStartedAt(timestamp(t.start()));
            if (t.answered()) {
                turn.setAnsweredBy(role(t.answeredBy())).setWait(wait(t.response()));
            }
            b.addTurns(turn);
        }
        for (LossEvidence e : insight.lossEvidence()) {
            b.addLossEvidence(loss(e, mask));
        }
        return b.build();
    }

    public static Consultation removal(StoredConversation c, long version) {
        return Consultation.newBuilder().setConversationId(c.id.toString()).setVersion(version).setRemoved(true)
                .setShopId(c.shopId).build();
    }

    /** The profile as is, for a single live buyer (Assist). */
    public static io.zhuanhua.proto.common.v1.CustomerProfile customer(CustomerProfile profile) {
        return customer(profile, UnaryOperator.identity());
    }

    private static io.zhuanhua.proto.common.v1.CustomerProfile customer(CustomerProfile profile,
            UnaryOperator<String> mask) {
        io.zhuanhua.proto.common.v1.CustomerProfile.Builder b = io.zhuanhua.proto.common.v1.CustomerProfile.newBuilder();
        for (DimensionReading r : profile.readings()) {
            CustomerTrait.Builder trait = CustomerTrait.newBuilder()
                    .setDimension(CustomerDimension.valueOf("CUSTOMER_DIMENSION_" + r.dimension().name()))
                    .setPole(CustomerPole.valueOf("CUSTOMER_POLE_" + r.pole().name()))
                    .setConfidence((float) r.confidence()).setStrategy(r.strategy() == null ? "" : r.strategy());
            if (r.decided()) {
                trait.addEvidence(mask.apply(r.summary()));
                for (Evidence e : r.deciding()) {
                    trait.addEvidence(mask.apply(e.line()));
                }
            }
            b.addTraits(trait);
        }
        return b.build();
    }

    private static io.zhuanhua.proto.common.v1.LossEvidence loss(LossEvidence e, UnaryOperator<String> mask) {
        io.zhuanhua.proto.common.v1.LossEvidence.Builder b = io.zhuanhua.proto.common.v1.LossEvidence.newBuilder()
                .setSignal(LossSignal.valueOf("LOSS_SIGNAL_" + e.signal().name())).setDetail(e.detail());
        if (e.buyer() != null) {
            b.setBuyerQuote(mask.apply(e.buyer().span())).setAt(timestamp(e.buyer().at()));
        }
        if (e.reply() != null) {
            b.setReplyQuote(mask.apply(e.reply().span())).setAt(timestamp(e.reply().at()));
        }
        return b.build();
    }

    private static ResponseWait wait(Wait w) {
        return ResponseWait.newBuilder().setCalendar(duration(w.calendar())).setBusiness(duration(w.business())).build();
    }

    private static Role role(Sender s) {
        return s == Sender.AGENT ? Role.ROLE_AGENT : Role.ROLE_BOT;
    }
}
