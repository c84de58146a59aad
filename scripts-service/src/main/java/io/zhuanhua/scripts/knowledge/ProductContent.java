package io.zhuanhua.scripts.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.scripts.playbook.ReplyText;
import io.zhuanhua.scripts.size.SizeChart;

/**
 * What a shop knows about one item. Input goes through {@link #of}, which trims and validates; the facts that
 * are filled into replies (name, selling points, materials, shelf life, coupon) must pass the compliance lint
 * like a script's wording. The constructor is for content that already passed it.
 */
public record ProductContent(String itemId, String name, List<Attribute> attributes, List<String> sellingPoints,
        List<String> painPointsSolved, List<String> materials, String shelfLife, List<String> usageNotes,
        Optional<SizeChart> sizeChart, List<Sku> skus, String coupon) {
    static final int MAX_ID = 64;
    static final int MAX_NAME = 100;
    static final int MAX_ENTRIES = 50;
    static final int MAX_ENTRY = 500;

    public record Attribute(String name, String value) {
    }

    public record Sku(String skuId, String name) {
    }

    public ProductContent {
        attributes = List.copyOf(attributes);
        sellingPoints = List.copyOf(sellingPoints);
        painPointsSolved = List.copyOf(painPointsSolved);
        materials = List.copyOf(materials);
        usageNotes = List.copyOf(usageNotes);
        skus = List.copyOf(skus);
    }

    /** Validates raw input; field names are those of the Product message. */
    public static ProductContent of(String itemId, String name, List<Attribute> attributes,
            List<String> sellingPoints, List<String> painPointsSolved, List<String> materials, String shelfLife,
            List<String> usageNotes, Optional<SizeChart> sizeChart, List<Sku> skus, String coupon) {
        String id = itemId(itemId);
        if (attributes.size() > MAX_ENTRIES) {
            throw new InvalidFieldException("attributes", "at most " + MAX_ENTRIES + " entries");
        }
        Set<String> attributeNames = new HashSet<>();
        List<Attribute> cleanAttributes = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            String field = "attributes[" + i + "]";
            Attribute a = new Attribute(ReplyText.require(field + ".name", attributes.get(i).name(), MAX_NAME),
                    ReplyText.require(field + ".value", attributes.get(i).value(), MAX_ENTRY));
            if (!attributeNames.add(a.name())) {
                throw new InvalidFieldException(field + ".name", "\"" + a.name() + "\" appears twice");
            }
            cleanAttributes.add(a);
        }
        if (skus.size() > MAX_ENTRIES * 4) {
            throw new InvalidFieldException("skus", "at most " + MAX_ENTRIES * 4 + " entries");
        }
        Set<String> skuIds = new HashSet<>();
        List<Sku> cleanSkus = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            String field = "skus[" + i + "]";
            Sku sku = new Sku(ReplyText.require(field + ".sku_id", skus.get(i).skuId(), MAX_ID),
                    ReplyText.require(field + ".name", skus.get(i).name(), MAX_NAME));
            if (!skuIds.add(sku.skuId())) {
                throw new InvalidFieldException(field + ".sku_id", "\"" + sku.skuId() + "\" appears twice");
            }
            cleanSkus.add(sku);
        }
        return new ProductContent(id,
                ReplyText.compliant("name", ReplyText.require("name", name, MAX_NAME)), cleanAttributes,
                ReplyText.list("selling_points", sellingPoints, MAX_ENTRIES, MAX_ENTRY, true),
                ReplyText.list("pain_points_solved", painPointsSolved, MAX_ENTRIES, MAX_ENTRY, false),
                ReplyText.list("materials", materials, MAX_ENTRIES, MAX_NAME, true),
                ReplyText.compliant("shelf_life", ReplyText.optional("shelf_life", shelfLife, MAX_NAME)),
                ReplyText.list("usage_notes", usageNotes, MAX_ENTRIES, MAX_ENTRY, false), sizeChart, cleanSkus,
                ReplyText.compliant("coupon", ReplyText.optional("coupon", coupon, MAX_NAME)));
    }

    /** An item id as the platform writes it: 1 to 64 characters without control characters or spaces. */
    public static String itemId(String raw) {
        if (raw.isEmpty()) {
            throw new InvalidFieldException("item_id", "required");
        }
        if (raw.length() > MAX_ID || raw.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new InvalidFieldException("item_id", "1 to " + MAX_ID + " characters without spaces");
        }
        return raw;
    }
}
