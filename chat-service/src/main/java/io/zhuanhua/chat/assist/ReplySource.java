package io.zhuanhua.chat.assist;

import java.util.List;

import io.zhuanhua.kit.taxonomy.Category;

/** Where suggested replies come from (scripts-service); empty when it cannot answer in time. */
public interface ReplySource {
    List<SuggestedReply> suggest(String shopId, Category category, String language, int limit);
}
