package io.zhuanhua.scripts.playbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * Which buyers and chats a script is for: buyers showing every listed customer pole, chats about one of the
 * items or SKUs, on one of the platforms. An empty list does not limit. Lists are kept sorted and without
 * duplicates, so equal scopes compare equal.
 */
public record ScriptScope(List<CustomerPole> customerPoles, List<String> itemIds, List<String> skuIds,
        List<Platform> platforms) {
    public static final ScriptScope ANY = new ScriptScope(List.of(), List.of(), List.of(), List.of());
    static final int MAX_IDS = 200;
    static final int MAX_ID_LENGTH = 64;

    public ScriptScope {
        customerPoles = List.copyOf(new TreeSet<>(customerPoles));
        itemIds = List.copyOf(new TreeSet<>(itemIds));
        skuIds = List.copyOf(new TreeSet<>(skuIds));
        platforms = List.copyOf(new TreeSet<>(platforms));
    }

    /** Validates raw input; field names are those of the ReplyScript message. */
    public static ScriptScope of(Collection<CustomerPole> poles, Collection<String> itemIds,
            Collection<String> skuIds, Collection<Platform> platforms) {
        Map<Integer, CustomerPole> byDimension = new HashMap<>();
        for (CustomerPole pole : poles) {
            CustomerPole other = byDimension.putIfAbsent(pole.dimension(), pole);
            if (other != null && other != pole) {
                throw new InvalidFieldException("customer_poles", "at most one pole per dimension, found "
                        + other + " and " + pole);
            }
        }
        return new ScriptScope(new ArrayList<>(poles), ids("item_ids", itemIds), ids("sku_ids", skuIds),
                new ArrayList<>(platforms));
    }

    private static List<String> ids(String field, Collection<String> raw) {
        if (raw.size() > MAX_IDS) {
            throw new InvalidFieldException(field, "at most " + MAX_IDS + " ids");
        }
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (String id : raw) {
            String clean = id.strip();
            if (clean.isEmpty() || clean.length() > MAX_ID_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidFieldException(field + "[" + i + "]", "1 to " + MAX_ID_LENGTH
                        + " characters without control characters");
            }
            ids.add(clean);
            i++;
        }
        return ids;
    }

    public boolean isAny() {
        return equals(ANY);
    }
}
