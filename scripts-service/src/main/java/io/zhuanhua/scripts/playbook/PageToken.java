package io.zhuanhua.scripts.playbook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Where the next page of a listing starts: after the last script of the previous page, in (sort key, id)
 * order ({@link ScriptContent#sortKey()}: categories in taxonomy order, then the other occasions). Keyset paging stays correct while scripts are added or removed between pages. The token also
 * carries the category filter it was issued for, so it cannot be replayed against another listing.
 */
public record PageToken(Optional<Category> filter, int lastSortKey, UUID lastId) {
    private static final String FORMAT = "v1";
    private static final String FIELD = "page_token";

    public String encode() {
        String plain = String.join(":", FORMAT, String.valueOf(filter.map(Category::number).orElse(0)),
                String.valueOf(lastSortKey), lastId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token of a previous response; INVALID_ARGUMENT if it is not one or belongs to another filter. */
    public static PageToken decode(String token, Optional<Category> expectedFilter) {
        PageToken decoded = parse(token).orElseThrow(
                () -> new InvalidFieldException(FIELD, "not a token from a previous ListReplyScripts response"));
        if (!decoded.filter.equals(expectedFilter)) {
            throw new InvalidFieldException(FIELD, "was issued for another category filter");
        }
        return decoded;
    }

    private static Optional<PageToken> parse(String token) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (parts.length != 4 || !parts[0].equals(FORMAT)) {
            return Optional.empty();
        }
        try {
            int filterNumber = Integer.parseInt(parts[1]);
            Optional<Category> filter = Category.ofNumber(filterNumber);
            int last = Integer.parseInt(parts[2]);
            if ((filterNumber != 0 && filter.isEmpty()) || !ScriptContent.isSortKey(last)) {
                return Optional.empty();
            }
            return Optional.of(new PageToken(filter, last, ScriptIds.parse(FIELD, parts[3])));
        } catch (NumberFormatException | InvalidFieldException malformed) {
            return Optional.empty();
        }
    }
}
