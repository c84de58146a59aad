package io.zhuanhua.scripts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;

/** Row of reply_script. */
@Entity
@Table(name = "reply_script")
public class ReplyScriptEntity {
    @Id
    public UUID id;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    /** {@link Category#number()}. */
    @Column(nullable = false)
    public short category;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] variants;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public long version;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    public void setContent(ScriptContent content) {
        category = (short) content.category().number();
        title = content.title();
        variants = content.variants().toArray(String[]::new);
        language = content.language();
    }

    public ScriptContent content() {
        return new ScriptContent(Category.ofNumber(category).orElseThrow(), title, List.of(variants), language);
    }

    public ReplyScript toDomain() {
        return new ReplyScript(id, shopId, content(), version, updateTime);
    }
}
