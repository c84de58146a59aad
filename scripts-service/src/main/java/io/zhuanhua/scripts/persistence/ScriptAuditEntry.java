package io.zhuanhua.scripts.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of script_audit: one change to a shop's playbook, with the content before and after as JSON text. */
@Entity
@Table(name = "script_audit")
public class ScriptAuditEntry {
    public enum Action {
        CREATE, UPDATE, DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    @Column(name = "script_id", nullable = false)
    public UUID scriptId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public Instant at;

    /** The script's version after a create or update; the version removed by a delete. */
    @Column(nullable = false)
    public long version;

    /** Null on create. */
    @Column(name = "old_content")
    public String oldContent;

    /** Null on delete. */
    @Column(name = "new_content")
    public String newContent;

    /** The API client's configured name; null for rows from before it was recorded or outside a call. */
    public String caller;

    /** The title the script had after the change (before it, for a delete). */
    public String title() {
        return ContentJson.title(newContent != null ? newContent : oldContent);
    }
}
