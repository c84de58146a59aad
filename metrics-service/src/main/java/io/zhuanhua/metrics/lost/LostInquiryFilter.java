package io.zhuanhua.metrics.lost;

import java.util.Optional;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;

/**
 * Which lost inquiries a list shows.
 *
 * @param reason    empty: every reason; an empty inner value: the unknown ones
 * @param team      empty: every team
 * @param responder empty: everyone's
 */
public record LostInquiryFilter(Optional<Optional<LossSignal>> reason, Optional<Team> team,
        Optional<Responder> responder) {
    public static final LostInquiryFilter ALL = new LostInquiryFilter(Optional.empty(), Optional.empty(),
            Optional.empty());

    public boolean matches(LostInquiry lost) {
        return reason.map(r -> r.equals(lost.reason())).orElse(true)
                && team.map(t -> lost.team().equals(Optional.of(t))).orElse(true)
                && responder.map(r -> r.equals(lost.responder())).orElse(true);
    }
}
