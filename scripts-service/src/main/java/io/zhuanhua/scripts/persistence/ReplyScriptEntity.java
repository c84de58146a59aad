package io.zhuanhua.scripts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;

/** Row of reply_script. */
@Entity
@Table(name = "reply_script")
public class ReplyScriptEntity {
    @Id
    public UUID id;

    @Column(name = "shop_id", nullable = false)
    public String shopId;

    /** {@link Category#number()}; null for occasions other than answers. */
    public Short category;

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

    /** {@link Occasion#number()}. */
    @Column(nullable = false)
    public short occasion;

    /** {@link CustomerPole#number()}s. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "customer_poles", nullable = false, columnDefinition = "smallint[]")
    public Short[] customerPoles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_ids", nullable = false, columnDefinition = "text[]")
    public String[] itemIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sku_ids", nullable = false, columnDefinition = "text[]")
    public String[] skuIds;

    /** Platform numbers, ordinal + 1 as in the proto enum. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "smallint[]")
    public Short[] platforms;

    public void setContent(ScriptContent content) {
        occasion = (short) content.occasion().number();
        category = content.category() == null ? null : (short) content.category().number();
        title = content.title();
        variants = content.variants().toArray(String[]::new);
        language = content.language();
        ScriptScope scope = content.scope();
        customerPoles = scope.customerPoles().stream().map(p -> (short) p.number()).toArray(Short[]::new);
        itemIds = scope.itemIds().toArray(String[]::new);
        skuIds = scope.skuIds().toArray(String[]::new);
        platforms = scope.platforms().stream().map(p -> (short) (p.ordinal() + 1)).toArray(Short[]::new);
    }

    public ScriptContent content() {
        ScriptScope scope = new ScriptScope(Stream.of(customerPoles).map(CustomerPole::ofNumber).toList(),
                List.of(itemIds), List.of(skuIds), Stream.of(platforms).map(p -> Platform.values()[p - 1]).toList());
        return new ScriptContent(Occasion.ofNumber(occasion),
                category == null ? null : Category.ofNumber(category).orElseThrow(), title, List.of(variants),
                language, scope);
    }

    public ReplyScript toDomain() {
        return new ReplyScript(id, shopId, content(), version, updateTime);
    }
}
