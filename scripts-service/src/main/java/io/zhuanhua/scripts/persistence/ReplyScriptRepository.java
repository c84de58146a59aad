package io.zhuanhua.scripts.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.PageToken;

/** Reply scripts; every query is scoped to one shop. */
@ApplicationScoped
public class ReplyScriptRepository implements PanacheRepositoryBase<ReplyScriptEntity, UUID> {
    /** ScriptContent#sortKey() in the query language. */
    private static final String SORT_KEY = "coalesce(category, 100 + occasion)";

    public Optional<ReplyScriptEntity> findInShop(String shopId, UUID id) {
        return find("shopId = ?1 and id = ?2", shopId, id).firstResultOptional();
    }

    /** The script, locked until the transaction ends so that concurrent writers see each other's versions. */
    public Optional<ReplyScriptEntity> lockInShop(String shopId, UUID id) {
        return find("shopId = ?1 and id = ?2", shopId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Up to {@code limit} scripts in (sort key, id) order, starting after the token's position. */
    public List<ReplyScriptEntity> page(String shopId, Optional<Category> filter, Optional<PageToken> after,
            int limit) {
        StringBuilder query = new StringBuilder("shopId = :shop");
        Parameters parameters = Parameters.with("shop", shopId);
        filter.ifPresent(category -> {
            query.append(" and category = :category");
            parameters.and("category", (short) category.number());
        });
        after.ifPresent(token -> {
            query.append(" and (" + SORT_KEY + " > :lastKey or (" + SORT_KEY + " = :lastKey and id > :lastId))");
            parameters.and("lastKey", token.lastSortKey()).and("lastId", token.lastId());
        });
        query.append(" order by " + SORT_KEY + ", id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /** The shop's scripts for one category and language, by id. */
    public List<ReplyScriptEntity> forCategory(String shopId, Category category, String language) {
        return list("shopId = ?1 and category = ?2 and language = ?3 order by id", shopId,
                (short) category.number(), language);
    }

    /** The shop's scripts for an occasion other than answering, in one language, by id. */
    public List<ReplyScriptEntity> forOccasion(String shopId, Occasion occasion, String language) {
        return list("shopId = ?1 and occasion = ?2 and language = ?3 order by id", shopId,
                (short) occasion.number(), language);
    }

    /** Every script of the shop, by id (export). */
    public List<ReplyScriptEntity> allInShop(String shopId) {
        return list("shopId = ?1 order by id", shopId);
    }
}
