package io.zhuanhua.chat.assist;

import java.util.List;

import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.profile.CustomerProfile;
import io.zhuanhua.kit.taxonomy.Category;

/** Where suggested replies come from (scripts-service); empty when it cannot answer in time. */
public interface ReplySource {
    List<SuggestedReply> suggest(Query query);

    /** When a reply is sent: as the answer to the buyer's question, or as the auto-reply of a closed shop. */
    enum Occasion {
        ANSWER, OFF_HOURS
    }

    /**
     * Everything the scripts are chosen and filled from.
     *
     * @param category the question answered; ignored for {@link Occasion#OFF_HOURS}
     * @param buyerMessage what the buyer wrote, e.g. "175 140斤穿多大" for size advice
     * @param itemId the item asked about, empty if unknown
     * @param buyerName the buyer's display name, empty if unknown
     */
    record Query(String shopId, Platform platform, Occasion occasion, Category category, String buyerMessage,
            String itemId, String buyerName, CustomerProfile customer, String language, int limit) {
    }
}
