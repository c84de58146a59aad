package io.zhuanhua.metrics.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.rollup.RollupMarker;
import io.zhuanhua.metrics.rollup.ShopDay;

/**
 * Applies conversation snapshots relayed by chat-service. A snapshot replaces the stored one only if its
 * version is higher, so redelivery and reordering are harmless; a removed snapshot leaves a tombstone that
 * older snapshots cannot bring back.
 */
@ApplicationScoped
public class ConsultationFeed {
    private final ConsultationRepository consultations;
    private final RollupMarker rollups;

    public ConsultationFeed(ConsultationRepository consultations, RollupMarker rollups) {
        this.consultations = consultations;
        this.rollups = rollups;
    }

    /** What a batch changed. */
    public record Result(int applied, int stale) {
    }

    /** All or nothing: a rejected snapshot (field path under {@code consultations[i]}) rolls the batch back. */
    @Transactional
    public Result publish(List<ConsultationSnapshot> snapshots) {
        // Lock the batch's conversations in id order first, so that concurrent batches never deadlock.
        Map<String, ConsultationEntity> locked = new TreeMap<>();
        snapshots.stream().map(ConsultationSnapshot::conversationId).sorted()
                .forEach(id -> locked.computeIfAbsent(id, consultations::lockOrCreate));
        int applied = 0;
        Set<ShopDay> touched = new HashSet<>();
        for (int i = 0; i < snapshots.size(); i++) {
            ConsultationSnapshot snapshot = snapshots.get(i);
            try {
                if (apply(locked.get(snapshot.conversationId()), snapshot, touched)) {
                    applied++;
                }
            } catch (InvalidFieldException e) {
                throw e.under("consultations[" + i + "]");
            }
        }
        rollups.mark(touched);
        return new Result(applied, snapshots.size() - applied);
    }

    private boolean apply(ConsultationEntity stored, ConsultationSnapshot snapshot, Set<ShopDay> touched) {
        if (snapshot.version() <= stored.version) {
            return false;
        }
        if (!snapshot.removed() && stored.shopId != null && !stored.shopId.equals(snapshot.shopId())) {
            // A conversation never changes shop; accepting it would move a buyer's facts across tenants.
            throw new InvalidFieldException("shop_id", "conversation " + snapshot.conversationId()
                    + " belongs to another shop");
        }
        rollups.conversationChanging(stored, snapshot, touched);
        stored.version = snapshot.version();
        stored.removed = snapshot.removed();
        if (!snapshot.removed()) {
            stored.shopId = snapshot.shopId();
            stored.platform = snapshot.platform();
            stored.buyerId = snapshot.buyerId();
            stored.firstBuyerMessageAt = snapshot.firstBuyerMessageAt();
            stored.lastMessageAt = snapshot.lastMessageAt();
            stored.inquiry = snapshot.inquiry();
            stored.mainCategory = snapshot.mainCategory();
            stored.transferredAt = snapshot.transferredAt();
            stored.facts = snapshot.facts();
        }
        consultations.replaceReplies(stored, snapshot.removed() ? List.of()
                : snapshot.replies().stream().map(reply -> replyOf(stored, reply)).toList());
        return true;
    }

    private static ConsultationReplyEntity replyOf(ConsultationEntity conversation, ConsultationSnapshot.Reply reply) {
        ConsultationReplyEntity entity = new ConsultationReplyEntity();
        entity.conversationId = conversation.conversationId;
        entity.shopId = conversation.shopId;
        entity.buyerId = conversation.buyerId;
        entity.role = reply.role();
        entity.agentId = reply.agentId();
        entity.sentAt = reply.sentAt();
        entity.scriptId = reply.scriptId();
        return entity;
    }
}
