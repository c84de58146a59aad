package io.zhuanhua.scripts.persistence;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;

/**
 * Script content as a JSON object for the audit trail: readable in psql and castable to jsonb, without
 * pulling a JSON library into the service for one small, fixed shape.
 */
final class ContentJson {
    private ContentJson() {
    }

    static String write(ScriptContent content) {
        StringBuilder json = new StringBuilder("{\"occasion\":");
        string(json, content.occasion().name());
        json.append(",\"category\":");
        if (content.category() == null) {
            json.append("null");
        } else {
            string(json, content.category().name());
        }
        json.append(",\"title\":");
        string(json, content.title());
        json.append(",\"language\":");
        string(json, content.language());
        array(json.append(",\"variants\":"), content.variants());
        ScriptScope scope = content.scope();
        array(json.append(",\"customer_poles\":"), scope.customerPoles().stream().map(Enum::name).toList());
        array(json.append(",\"item_ids\":"), scope.itemIds());
        array(json.append(",\"sku_ids\":"), scope.skuIds());
        array(json.append(",\"platforms\":"), scope.platforms().stream().map(Enum::name).toList());
        return json.append('}').toString();
    }

    /** The title in content written by {@link #write}; JSON is YAML, so the playbook's YAML reader parses it. */
    static String title(String json) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        return parsed instanceof Map<?, ?> map && map.get("title") instanceof String title ? title : "";
    }

    private static void array(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
