package io.zhuanhua.scripts.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variables in script wordings: a name in braces, "{product}满{free_shipping_threshold}包邮". A wording is sent
 * only with every variable filled; {@link #fill} refuses rather than leave a brace or a blank in front of a buyer.
 */
public final class Variables {
    /** The names a wording may use, and where their values come from. */
    public static final Set<String> KNOWN = Set.of(
            "buyer", // the request's buyer name
            "product", // the item's name
            "size", // size advice from the item's size chart and the buyer's message
            "ship_cutoff", // shop policy: dispatch cutoff
            "couriers", // shop policy: couriers offered
            "free_shipping_threshold", // shop policy
            "coupon", // the item's coupon, else the shop's
            "return_days", // shop policy
            "shelf_life", // the item's
            "materials", // the item's
            "selling_point", // the item's first
            "business_hours"); // shop policy

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    private Variables() {
    }

    /** The names the text uses, in order of first use; IllegalArgumentException names an unknown one. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown variable {" + name + "} at " + m.start() + ", known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()));
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The text with every variable replaced by its value and the values used, in order; empty if a variable
     * has no value (the wording must then not be sent).
     */
    public static Optional<Filled> fill(String text, Map<String, String> values) {
        Map<String, String> used = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            used.put(m.group(1), value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(new Filled(out.toString(), used));
    }

    /** A filled wording and the values that went into it, by variable name in order of first use. */
    public record Filled(String text, Map<String, String> values) {
    }
}
