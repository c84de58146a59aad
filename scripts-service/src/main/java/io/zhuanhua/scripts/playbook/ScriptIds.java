package io.zhuanhua.scripts.playbook;

import java.util.UUID;
import java.util.regex.Pattern;

import io.zhuanhua.kit.error.InvalidFieldException;

/** Script ids are UUIDs in their canonical 36-character form. */
public final class ScriptIds {
    // UUID.fromString alone also accepts short forms such as "1-2-3-4-5".
    private static final Pattern CANONICAL = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ScriptIds() {
    }

    public static UUID parse(String field, String raw) {
        if (raw.isEmpty()) {
            throw new InvalidFieldException(field, "required");
        }
        if (!CANONICAL.matcher(raw).matches()) {
            throw new InvalidFieldException(field, "not a script id (a UUID such as 3f2b8c1e-...)");
        }
        return UUID.fromString(raw);
    }
}
