package io.zhuanhua.scripts.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.PageToken;

/** Reply scripts; every query is scoped to one shop. */
@ApplicationScoped
public class ReplyScriptRepository implements PanacheRepositoryBase<ReplyScriptEntity, UUID> {

    public Optional<ReplyScriptEntity> findInShop(String shopId, UUID id) {
        return find("shopId = ?1 and id = ?2", shopId, id).firstResultOptional();
    }

    /** The script, locked until the transaction ends so that concurrent writers see each other's versions. */
    public Optional<ReplyScriptEntity> lockInShop(String shopId, UUID id) {
        return find("shopId = ?1 and id = ?2", shopId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Up to {@code limit} scripts in (category, id) order, starting after the token's position. */
    public List<ReplyScriptEntity> page(String shopId, Optional<Category> filter, Optional<PageToken> after,
            int limit) {
        StringBuilder query = new StringBuilder("shopId = :shop");
        Parameters parameters = Parameters.with("shop", shopId);
        filter.ifPresent(category -> {
            query.append(" and category = :category");
            parameters.and("category", (short) category.number());
        });
        after.ifPresent(token -> {
            query.append(" and (category > :lastCategory or (category = :lastCategory and id > :lastId))");
            parameters.and("lastCategory", (short) token.lastCategory().number()).and("lastId", token.lastId());
        });
        query.append(" order by category, id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /** The shop's scripts for one category and language, by id. */
    public List<ReplyScriptEntity> forCategory(String shopId, Category category, String language) {
        return list("shopId = ?1 and category = ?2 and language = ?3 order by id", shopId,
                (short) category.number(), language);
    }
}
