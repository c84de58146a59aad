package io.zhuanhua.chat.lost;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.zhuanhua.chat.lost.Cues.Group;
import io.zhuanhua.chat.lost.Cues.Hit;

/**
 * The loss cues found in one line ({@link LossEvidenceFinder#read}): a function of the text alone, so a line
 * is read once however often its conversation is re-analysed. Most lines hold no cue and share one empty
 * instance. Immutable.
 */
public final class CueHits {
    private static final CueHits NONE = new CueHits(new EnumMap<>(Group.class));

    /** Only the groups that have hits. */
    private final Map<Group, List<Hit>> byGroup;

    private CueHits(Map<Group, List<Hit>> byGroup) {
        this.byGroup = byGroup;
    }

    static CueHits of(Map<Group, List<Hit>> byGroup) {
        return byGroup.isEmpty() ? NONE : new CueHits(byGroup);
    }

    /** The group's hits in line order. */
    List<Hit> of(Group group) {
        return byGroup.getOrDefault(group, List.of());
    }
}
