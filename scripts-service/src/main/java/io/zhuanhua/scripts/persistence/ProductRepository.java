package io.zhuanhua.scripts.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Product knowledge; every query is scoped to one shop. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<ProductEntity, ProductEntity.Key> {

    public Optional<ProductEntity> findInShop(String shopId, String itemId) {
        return find("shopId = ?1 and itemId = ?2", shopId, itemId).firstResultOptional();
    }

    /** The item, locked until the transaction ends so that concurrent writers see each other's versions. */
    public Optional<ProductEntity> lockInShop(String shopId, String itemId) {
        return find("shopId = ?1 and itemId = ?2", shopId, itemId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Up to {@code limit} items in item id order after {@code afterItemId} (empty: from the start). */
    public List<ProductEntity> page(String shopId, String afterItemId, int limit) {
        return find("shopId = ?1 and itemId > ?2 order by itemId", shopId, afterItemId).range(0, limit - 1).list();
    }
}
