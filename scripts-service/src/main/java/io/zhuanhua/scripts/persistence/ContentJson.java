package io.zhuanhua.scripts.persistence;

import io.zhuanhua.scripts.playbook.ScriptContent;

/**
 * Script content as a JSON object for the audit trail: readable in psql and castable to jsonb, without
 * pulling a JSON library into the service for one small, fixed shape.
 */
final class ContentJson {
    private ContentJson() {
    }

    static String write(ScriptContent content) {
        StringBuilder json = new StringBuilder("{\"category\":");
        string(json, content.category().name());
        json.append(",\"title\":");
        string(json, content.title());
        json.append(",\"language\":");
        string(json, content.language());
        json.append(",\"variants\":[");
        for (int i = 0; i < content.variants().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, content.variants().get(i));
        }
        return json.append("]}").toString();
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
