package io.zhuanhua.chat.feed;

import static io.zhuanhua.kit.grpc.ProtoTime.duration;
import static io.zhuanhua.kit.grpc.ProtoTime.timestamp;

import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.ingest.ConversationInsight;
import io.zhuanhua.chat.lost.LossEvidence;
import io.zhuanhua.chat.profile.CustomerProfile;
import io.zhuanhua.chat.profile.DimensionReading;
import io.zhuanhua.chat.profile.Evidence;
import io.zhuanhua.chat.store.StoredConversation;
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

    public static Consultation of(StoredConversation c, ConversationInsight insight) {
        ConversationFacts facts = insight.facts();
        Consultation.Builder b = Consultation.newBuilder().setConversationId(c.id.toString())
                .setVersion(c.factsVersion).setShopId(c.shopId).setPlatform(Platform.valueOf("PLATFORM_" + c.platform))
                .setBuyerId(c.buyerId).setLastMessageAt(timestamp(facts.lastMessageAt())).setInquiry(facts.inquiry())
                .setHumanRequested(insight.handoff().humanRequested()).setBotOnly(insight.handoff().botOnly())
                .setHumanRequestUnanswered(insight.handoff().humanRequestUnanswered())
                .setCustomer(customer(insight.customer()));
        if (facts.firstBuyerMessageAt() != null) {
            b.setFirstBuyerMessageAt(timestamp(facts.firstBuyerMessageAt()));
        }
        if (facts.mainCategory() != null) {
            b.setMainCategory(QuestionCategory.forNumber(facts.mainCategory().number()));
        }
        if (facts.transferredAt() != null) {
            b.setTransferredAt(timestamp(facts.transferredAt()));
        }
        for (ConversationFacts.Reply r : facts.replies()) {
            b.addReplies(Reply.newBuilder().setRole(role(r.sender())).setAgentId(r.agentId())
                    .setSentAt(timestamp(r.at())));
        }
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
            b.addLossEvidence(loss(e));
        }
        return b.build();
    }

    public static Consultation removal(StoredConversation c, long version) {
        return Consultation.newBuilder().setConversationId(c.id.toString()).setVersion(version).setRemoved(true)
                .setShopId(c.shopId).build();
    }

    public static io.zhuanhua.proto.common.v1.CustomerProfile customer(CustomerProfile profile) {
        io.zhuanhua.proto.common.v1.CustomerProfile.Builder b = io.zhuanhua.proto.common.v1.CustomerProfile.newBuilder();
        for (DimensionReading r : profile.readings()) {
            CustomerTrait.Builder trait = CustomerTrait.newBuilder()
                    .setDimension(CustomerDimension.valueOf("CUSTOMER_DIMENSION_" + r.dimension().name()))
                    .setPole(CustomerPole.valueOf("CUSTOMER_POLE_" + r.pole().name()))
                    .setConfidence((float) r.confidence()).setStrategy(r.strategy() == null ? "" : r.strategy());
            if (r.decided()) {
                trait.addEvidence(r.summary());
                for (Evidence e : r.deciding()) {
                    trait.addEvidence(e.line());
                }
            }
            b.addTraits(trait);
        }
        return b.build();
    }

    private static io.zhuanhua.proto.common.v1.LossEvidence loss(LossEvidence e) {
        io.zhuanhua.proto.common.v1.LossEvidence.Builder b = io.zhuanhua.proto.common.v1.LossEvidence.newBuilder()
                .setSignal(LossSignal.valueOf("LOSS_SIGNAL_" + e.signal().name())).setDetail(e.detail());
        if (e.buyer() != null) {
            b.setBuyerQuote(e.buyer().span()).setAt(timestamp(e.buyer().at()));
        }
        if (e.reply() != null) {
            b.setReplyQuote(e.reply().span()).setAt(timestamp(e.reply().at()));
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
