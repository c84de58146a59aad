package io.zhuanhua.scripts.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.scripts.persistence.ShopPolicyEntity;
import io.zhuanhua.scripts.playbook.ShopIds;

/** Each shop's policy, versioned; a shop that never stated one has {@link ShopPolicy#notStated()}. */
@ApplicationScoped
public class ShopPolicies {
    private final EntityManager entities;

    public ShopPolicies(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public ShopPolicy get(String shopId) {
        ShopPolicyEntity entity = entities.find(ShopPolicyEntity.class, ShopIds.require(shopId));
        return entity == null ? ShopPolicy.notStated() : entity.toDomain();
    }

    /** Replaces the policy; {@code expectedVersion} 0 means "whatever is stored". */
    @Transactional
    public ShopPolicy update(String shopId, ShopPolicy policy, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new InvalidFieldException("expected_version", "must not be negative");
        }
        String shop = ShopIds.require(shopId);
        ShopPolicyEntity entity = entities.find(ShopPolicyEntity.class, shop, LockModeType.PESSIMISTIC_WRITE);
        long version = entity == null ? 0 : entity.version;
        if (expectedVersion != 0 && expectedVersion != version) {
            throw new PreconditionFailedException("the policy of shop " + shop + " is at version " + version
                    + ", not " + expectedVersion + "; reload it and apply the change again");
        }
        boolean created = entity == null;
        if (created) {
            entity = new ShopPolicyEntity();
            entity.shopId = shop;
        }
        entity.setPolicy(policy);
        entity.version = version + 1;
        entity.updateTime = Products.now();
        if (created) {
            entities.persist(entity);
        }
        return entity.toDomain();
    }
}
