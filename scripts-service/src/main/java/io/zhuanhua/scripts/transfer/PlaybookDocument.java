package io.zhuanhua.scripts.transfer;

import static io.zhuanhua.scripts.transfer.YamlNodes.at;
import static io.zhuanhua.scripts.transfer.YamlNodes.error;
import static io.zhuanhua.scripts.transfer.YamlNodes.fields;
import static io.zhuanhua.scripts.transfer.YamlNodes.integer;
import static io.zhuanhua.scripts.transfer.YamlNodes.items;
import static io.zhuanhua.scripts.transfer.YamlNodes.optional;
import static io.zhuanhua.scripts.transfer.YamlNodes.text;
import static io.zhuanhua.scripts.transfer.YamlNodes.texts;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.knowledge.OpeningHours;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptIds;
import io.zhuanhua.scripts.playbook.ScriptScope;
import io.zhuanhua.scripts.size.SizeChart;

/**
 * A shop's whole playbook as one YAML document: {@code format}, {@code policy}, {@code products},
 * {@code scripts}. Field names are those of the proto messages; enums are written without their prefix
 * (BARGAIN, PRICE_SENSITIVE, TMALL), business hours as "Mon 09:00-18:00", a size chart in its text format.
 * {@code read(write(state))} equals {@code state}.
 */
public final class PlaybookDocument {
    static final String FORMAT = "zhuanhua-playbook/v1";
    private static final Pattern INTERVAL = Pattern.compile("([A-Za-z]{3})\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");

    /** A script as the document holds it: with the id it had, if any. */
    public record Script(Optional<UUID> id, ScriptContent content) {
    }

    /** Everything a document holds. */
    public record State(ShopPolicy policy, List<ProductContent> products, List<Script> scripts) {
    }

    private PlaybookDocument() {
    }

    public static String write(State state) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("policy", policy(state.policy()));
        doc.put("products", state.products().stream().map(PlaybookDocument::product).toList());
        doc.put("scripts", state.scripts().stream().map(PlaybookDocument::script).toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(1000);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(doc);
    }

    private static Map<String, Object> policy(ShopPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time_zone", p.hours().zone().getId());
        m.put("business_hours", p.hours().intervals().stream().map(i -> i.day().getDisplayName(TextStyle.SHORT,
                Locale.ENGLISH) + " " + i.opens() + "-" + i.closes()).toList());
        m.put("couriers", p.couriers());
        m.put("dispatch_cutoff", p.dispatchCutoff().map(LocalTime::toString).orElse(null));
        m.put("free_shipping_threshold", p.freeShippingThreshold().map(t -> {
            Map<String, Object> money = new LinkedHashMap<>();
            money.put("amount_minor", t.amountMinor());
            money.put("currency", t.currency());
            return money;
        }).orElse(null));
        m.put("return_days", p.returnDays());
        m.put("bot_categories", p.botCategories().stream().map(Enum::name).toList());
        m.put("coupon", p.coupon());
        return m;
    }

    private static Map<String, Object> product(ProductContent p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_id", p.itemId());
        m.put("name", p.name());
        m.put("attributes", p.attributes().stream().map(a -> pair("name", a.name(), "value", a.value())).toList());
        m.put("selling_points", p.sellingPoints());
        m.put("pain_points_solved", p.painPointsSolved());
        m.put("materials", p.materials());
        m.put("shelf_life", p.shelfLife());
        m.put("usage_notes", p.usageNotes());
        m.put("size_chart", p.sizeChart().map(SizeChart::toText).orElse(null));
        m.put("skus", p.skus().stream().map(s -> pair("sku_id", s.skuId(), "name", s.name())).toList());
        m.put("coupon", p.coupon());
        return m;
    }

    private static Map<String, Object> script(Script s) {
        ScriptContent c = s.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("script_id", s.id().map(UUID::toString).orElse(null));
        m.put("occasion", c.occasion().name());
        m.put("category", c.category() == null ? null : c.category().name());
        m.put("title", c.title());
        m.put("language", c.language());
        m.put("variants", c.variants());
        m.put("customer_poles", c.scope().customerPoles().stream().map(Enum::name).toList());
        m.put("item_ids", c.scope().itemIds());
        m.put("sku_ids", c.scope().skuIds());
        m.put("platforms", c.scope().platforms().stream().map(Enum::name).toList());
        return m;
    }

    private static Map<String, Object> pair(String k1, String v1, String k2, String v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** Parses and validates a document; INVALID_ARGUMENT "line N: path: reason" at the first problem. */
    public static State read(String text) {
        Node root;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(PlaybookTransfer.MAX_DOCUMENT);
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new InvalidFieldException("line " + (e.getProblemMark().getLine() + 1), "not YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidFieldException("document", "not YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidFieldException("document", "empty");
        }
        Map<String, Node> doc = fields(root, "", Set.of("format", "policy", "products", "scripts"));
        if (!FORMAT.equals(text(doc, "format", ""))) {
            throw error(doc.getOrDefault("format", root), "format", "must be " + FORMAT);
        }
        ShopPolicy policy = optional(doc, "policy").map(PlaybookDocument::readPolicy).orElse(ShopPolicy.notStated());
        List<ProductContent> products = new ArrayList<>();
        List<Node> productNodes = items(doc, "products");
        for (int i = 0; i < productNodes.size(); i++) {
            ProductContent product = readProduct(productNodes.get(i), "products[" + i + "]");
            if (products.stream().anyMatch(p -> p.itemId().equals(product.itemId()))) {
                throw error(productNodes.get(i), "products[" + i + "].item_id", "\"" + product.itemId()
                        + "\" appears twice");
            }
            products.add(product);
        }
        List<Script> scripts = new ArrayList<>();
        List<Node> scriptNodes = items(doc, "scripts");
        for (int i = 0; i < scriptNodes.size(); i++) {
            Script script = readScript(scriptNodes.get(i), "scripts[" + i + "]");
            if (script.id().isPresent() && scripts.stream().anyMatch(s -> s.id().equals(script.id()))) {
                throw error(scriptNodes.get(i), "scripts[" + i + "].script_id", "appears twice");
            }
            scripts.add(script);
        }
        return new State(policy, products, scripts);
    }

    private static ShopPolicy readPolicy(Node node) {
        String path = "policy";
        Map<String, Node> f = fields(node, path, Set.of("time_zone", "business_hours", "couriers", "dispatch_cutoff",
                "free_shipping_threshold", "return_days", "bot_categories", "coupon"));
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        List<Node> hourNodes = items(f, "business_hours");
        for (int i = 0; i < hourNodes.size(); i++) {
            String field = path + ".business_hours[" + i + "]";
            Matcher m = INTERVAL.matcher(text(hourNodes.get(i), field).strip());
            DayOfWeek day = m.matches() ? day(m.group(1)) : null;
            if (day == null) {
                throw error(hourNodes.get(i), field, "expected a day and hours such as \"Mon 09:00-18:00\"");
            }
            intervals.add(new OpeningHours.Interval(day, time(hourNodes.get(i), field, m.group(2)),
                    time(hourNodes.get(i), field, m.group(3))));
        }
        Optional<LocalTime> cutoff = optional(f, "dispatch_cutoff")
                .map(n -> time(n, path + ".dispatch_cutoff", text(n, path + ".dispatch_cutoff")));
        Optional<ShopPolicy.Money> threshold = optional(f, "free_shipping_threshold").map(n -> {
            Map<String, Node> money = fields(n, path + ".free_shipping_threshold", Set.of("amount_minor", "currency"));
            String amount = text(money, "amount_minor", path + ".free_shipping_threshold");
            try {
                String currency = text(money, "currency", path);
                return new ShopPolicy.Money(Long.parseLong(amount), currency.isEmpty() ? "CNY" : currency);
            } catch (NumberFormatException e) {
                throw error(n, path + ".free_shipping_threshold.amount_minor", "expected a whole number");
            }
        });
        List<Category> bot = names(f, "bot_categories", path, Category::valueOf);
        return at(node, path, () -> ShopPolicy.of(at(node, "business_hours", () -> OpeningHours.of(
                text(f, "time_zone", path), intervals)), texts(f, "couriers", path), cutoff, threshold,
                integer(f, "return_days", path), bot, text(f, "coupon", path)));
    }

    private static ProductContent readProduct(Node node, String path) {
        Map<String, Node> f = fields(node, path, Set.of("item_id", "name", "attributes", "selling_points",
                "pain_points_solved", "materials", "shelf_life", "usage_notes", "size_chart", "skus", "coupon"));
        List<ProductContent.Attribute> attributes = new ArrayList<>();
        for (Node a : items(f, "attributes")) {
            Map<String, Node> pair = fields(a, path + ".attributes", Set.of("name", "value"));
            attributes.add(new ProductContent.Attribute(text(pair, "name", path), text(pair, "value", path)));
        }
        List<ProductContent.Sku> skus = new ArrayList<>();
        for (Node s : items(f, "skus")) {
            Map<String, Node> pair = fields(s, path + ".skus", Set.of("sku_id", "name"));
            skus.add(new ProductContent.Sku(text(pair, "sku_id", path), text(pair, "name", path)));
        }
        Optional<SizeChart> chart = optional(f, "size_chart").map(n -> {
            try {
                return SizeChart.parse(text(n, path + ".size_chart"));
            } catch (IllegalArgumentException e) {
                throw error(n, path + ".size_chart", e.getMessage());
            }
        });
        return at(node, path, () -> ProductContent.of(text(f, "item_id", path), text(f, "name", path), attributes,
                texts(f, "selling_points", path), texts(f, "pain_points_solved", path), texts(f, "materials", path),
                text(f, "shelf_life", path), texts(f, "usage_notes", path), chart, skus, text(f, "coupon", path)));
    }

    private static Script readScript(Node node, String path) {
        Map<String, Node> f = fields(node, path, Set.of("script_id", "occasion", "category", "title", "language",
                "variants", "customer_poles", "item_ids", "sku_ids", "platforms"));
        Optional<UUID> id = optional(f, "script_id").map(n -> at(n, path, () -> ScriptIds.parse("script_id",
                text(n, path + ".script_id"))));
        String occasionName = text(f, "occasion", path);
        Occasion occasion = occasionName.isEmpty() ? Occasion.ANSWER
                : name(f.get("occasion"), path + ".occasion", occasionName, Occasion::valueOf);
        Category category = optional(f, "category").map(n -> name(n, path + ".category", text(n, path), Category::valueOf))
                .orElse(null);
        List<CustomerPole> poles = names(f, "customer_poles", path, CustomerPole::valueOf);
        List<Platform> platforms = names(f, "platforms", path, Platform::valueOf);
        ScriptContent content = at(node, path, () -> ScriptContent.of(occasion, category, text(f, "title", path),
                texts(f, "variants", path), text(f, "language", path),
                ScriptScope.of(poles, texts(f, "item_ids", path), texts(f, "sku_ids", path), platforms)));
        return new Script(id, content);
    }

    private static <E> List<E> names(Map<String, Node> f, String field, String path, Function<String, E> valueOf) {
        List<E> values = new ArrayList<>();
        List<Node> nodes = items(f, field);
        for (int i = 0; i < nodes.size(); i++) {
            String where = path + "." + field + "[" + i + "]";
            values.add(name(nodes.get(i), where, text(nodes.get(i), where), valueOf));
        }
        return values;
    }

    private static <E> E name(Node node, String path, String name, Function<String, E> valueOf) {
        try {
            return valueOf.apply(name.strip());
        } catch (IllegalArgumentException e) {
            throw error(node, path, "unknown value " + name);
        }
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return day;
            }
        }
        return null;
    }

    private static LocalTime time(Node node, String path, String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw error(node, path, "expected a time such as 09:00, not " + text);
        }
    }
}
