package io.zhuanhua.chat.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * A page request over a shop's conversations, newest first. Empty filters match everything. Paging is by
 * keyset (start time, id), so pages stay stable while new conversations arrive.
 */
public record ConversationQuery(String shopId, String buyerId, String agentId, Instant startedFrom,
        Instant startedBefore, Category mainCategory, int pageSize, Cursor after) {

    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 500;

    /** The last conversation of the previous page. */
    public record Cursor(Instant startedAt, UUID id) {
        public String token() {
            String raw = startedAt.getEpochSecond() + "." + startedAt.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\.");
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw new InvalidFieldException("page_token", "not a token from a previous response");
            }
        }
    }

    public ConversationQuery(String shopId, String buyerId, String agentId, Instant startedFrom, Instant startedBefore,
            Category mainCategory, int pageSize, String pageToken) {
        this(shopId, buyerId, agentId, startedFrom, startedBefore, mainCategory, size(pageSize),
                pageToken.isEmpty() ? null : Cursor.parse(pageToken));
        if (startedFrom != null && startedBefore != null && !startedFrom.isBefore(startedBefore)) {
            throw new InvalidFieldException("started_before", "must be after started_from");
        }
    }

    private static int size(int requested) {
        if (requested < 0 || requested > MAX_PAGE) {
            throw new InvalidFieldException("page_size", "between 0 and " + MAX_PAGE);
        }
        return requested == 0 ? DEFAULT_PAGE : requested;
    }
}
