package io.zhuanhua.scripts.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.NotFoundException;
import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.scripts.persistence.ProductEntity;
import io.zhuanhua.scripts.persistence.ProductRepository;
import io.zhuanhua.scripts.playbook.ReplyScripts;
import io.zhuanhua.scripts.playbook.ShopIds;

/** A shop's product knowledge: versioned items; an item of another shop is indistinguishable from a missing one. */
@ApplicationScoped
public class Products {
    private static final String TOKEN_PREFIX = "p1:";

    private final ProductRepository repository;

    public Products(ProductRepository repository) {
        this.repository = repository;
    }

    /** One page of items and the token of the next page, if any. */
    public record Page(List<Product> products, Optional<String> nextToken) {
    }

    /** Creates the item or replaces its content; {@code expectedVersion} 0 means "whatever is stored". */
    @Transactional
    public Product upsert(String shopId, ProductContent content, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new InvalidFieldException("expected_version", "must not be negative");
        }
        String shop = ShopIds.require(shopId);
        Optional<ProductEntity> stored = repository.lockInShop(shop, content.itemId());
        long version = stored.map(e -> e.version).orElse(0L);
        if (expectedVersion != 0 && expectedVersion != version) {
            throw new PreconditionFailedException("product " + content.itemId() + " is at version " + version
                    + ", not " + expectedVersion + "; reload it and apply the change again");
        }
        ProductEntity entity = stored.orElseGet(() -> {
            ProductEntity created = new ProductEntity();
            created.shopId = shop;
            return created;
        });
        entity.setContent(content);
        entity.version = version + 1;
        entity.updateTime = now();
        if (stored.isEmpty()) {
            repository.persist(entity);
        }
        return entity.toDomain();
    }

    @Transactional
    public Product get(String shopId, String itemId) {
        return find(shopId, itemId).orElseThrow(() -> notFound(itemId));
    }

    /** The item, if the shop has it; an empty item id is INVALID_ARGUMENT. */
    @Transactional
    public Optional<Product> find(String shopId, String itemId) {
        return repository.findInShop(ShopIds.require(shopId), ProductContent.itemId(itemId))
                .map(ProductEntity::toDomain);
    }

    @Transactional
    public void delete(String shopId, String itemId) {
        ProductEntity entity = repository.lockInShop(ShopIds.require(shopId), ProductContent.itemId(itemId))
                .orElseThrow(() -> notFound(itemId));
        repository.delete(entity);
    }

    /** Items by id; {@code pageSize} 0 means the default, {@code pageToken} is empty for the first page. */
    @Transactional
    public Page list(String shopId, int pageSize, String pageToken) {
        String shop = ShopIds.require(shopId);
        int size = ReplyScripts.pageSize(pageSize);
        // One row more than the page tells whether another page follows.
        List<Product> rows = repository.page(shop, afterItem(pageToken), size + 1).stream()
                .map(ProductEntity::toDomain).toList();
        if (rows.size() <= size) {
            return new Page(rows, Optional.empty());
        }
        List<Product> page = rows.subList(0, size);
        String last = TOKEN_PREFIX + page.get(size - 1).content().itemId();
        return new Page(page, Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(last.getBytes(StandardCharsets.UTF_8))));
    }

    private static String afterItem(String token) {
        if (token.isEmpty()) {
            return "";
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (plain.startsWith(TOKEN_PREFIX) && plain.length() > TOKEN_PREFIX.length()) {
                return plain.substring(TOKEN_PREFIX.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw new InvalidFieldException("page_token", "not a token from a previous ListProducts response");
    }

    private static NotFoundException notFound(String itemId) {
        return new NotFoundException("product", itemId);
    }

    /** PostgreSQL keeps microseconds; truncating first makes the answer equal what a later read returns. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
