package io.zhuanhua.scripts.playbook;

import java.time.Instant;
import java.util.UUID;

/** A stored script of a shop's playbook. */
public record ReplyScript(UUID id, String shopId, ScriptContent content, long version, Instant updateTime) {
}
