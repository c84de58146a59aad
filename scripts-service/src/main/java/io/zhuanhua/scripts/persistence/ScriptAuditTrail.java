package io.zhuanhua.scripts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.zhuanhua.kit.auth.Caller;
import io.zhuanhua.kit.audit.AuditLog;
import io.zhuanhua.scripts.persistence.ScriptAuditEntry.Action;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;

/** Who (the API client) changed what in a playbook, written in the transaction of the change itself. */
@ApplicationScoped
public class ScriptAuditTrail implements PanacheRepositoryBase<ScriptAuditEntry, Long> {

    public void created(ReplyScript script) {
        record(Action.CREATE, script, script.updateTime(), null, script.content());
    }

    public void updated(ScriptContent before, ReplyScript after) {
        record(Action.UPDATE, after, after.updateTime(), before, after.content());
    }

    public void deleted(ReplyScript script, Instant at) {
        record(Action.DELETE, script, at, script.content(), null);
    }

    private void record(Action action, ReplyScript script, Instant at, ScriptContent before, ScriptContent after) {
        AuditLog.record("script." + action.name().toLowerCase(Locale.ROOT), script.shopId(), script.id().toString());
        ScriptAuditEntry entry = new ScriptAuditEntry();
        entry.shopId = script.shopId();
        entry.scriptId = script.id();
        entry.action = action;
        entry.at = at;
        entry.version = script.version();
        entry.oldContent = before == null ? null : ContentJson.write(before);
        entry.newContent = after == null ? null : ContentJson.write(after);
        entry.caller = Caller.current().map(Caller::name).orElse(null);
        persist(entry);
    }

    /** Up to {@code limit} changes of the shop, newest first, older than {@code beforeId} if given. */
    public List<ScriptAuditEntry> page(String shopId, Optional<UUID> scriptId, Optional<Long> beforeId, int limit) {
        StringBuilder query = new StringBuilder("shopId = :shop");
        Parameters parameters = Parameters.with("shop", shopId);
        scriptId.ifPresent(id -> {
            query.append(" and scriptId = :script");
            parameters.and("script", id);
        });
        beforeId.ifPresent(id -> {
            query.append(" and id < :before");
            parameters.and("before", id);
        });
        return find(query.append(" order by id desc").toString(), parameters).range(0, limit - 1).list();
    }
}
