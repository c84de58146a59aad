package io.zhuanhua.scripts.playbook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.NotFoundException;
import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.persistence.ReplyScriptEntity;
import io.zhuanhua.scripts.persistence.ReplyScriptRepository;
import io.zhuanhua.scripts.persistence.ScriptAuditEntry;
import io.zhuanhua.scripts.persistence.ScriptAuditTrail;

/**
 * A shop's own reply scripts: create, change, remove and read them. Every change is versioned and written to
 * the audit trail in the same transaction. A script of another shop is indistinguishable from a missing one.
 */
@ApplicationScoped
public class ReplyScripts {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    private final ReplyScriptRepository repository;
    private final ScriptAuditTrail audit;

    public ReplyScripts(ReplyScriptRepository repository, ScriptAuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public ReplyScript create(String shopId, ScriptContent content) {
        ReplyScriptEntity entity = new ReplyScriptEntity();
        entity.id = UUID.randomUUID();
        entity.shopId = ShopIds.require(shopId);
        entity.setContent(content);
        entity.version = 1;
        entity.updateTime = now();
        repository.persist(entity);
        ReplyScript created = entity.toDomain();
        audit.created(created);
        return created;
    }

    /** Replaces the content; {@code expectedVersion} 0 means "whatever is stored". */
    @Transactional
    public ReplyScript update(String shopId, UUID id, ScriptContent content, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new InvalidFieldException("expected_version", "must not be negative");
        }
        ReplyScriptEntity entity = repository.lockInShop(ShopIds.require(shopId), id)
                .orElseThrow(() -> notFound(id));
        if (expectedVersion != 0 && expectedVersion != entity.version) {
            throw new PreconditionFailedException("reply script " + id + " is at version " + entity.version
                    + ", not " + expectedVersion + "; reload it and apply the change again");
        }
        ScriptContent before = entity.content();
        entity.setContent(content);
        entity.version++;
        entity.updateTime = now();
        ReplyScript updated = entity.toDomain();
        audit.updated(before, updated);
        return updated;
    }

    @Transactional
    public void delete(String shopId, UUID id) {
        ReplyScriptEntity entity = repository.lockInShop(ShopIds.require(shopId), id)
                .orElseThrow(() -> notFound(id));
        ReplyScript removed = entity.toDomain();
        repository.delete(entity);
        audit.deleted(removed, now());
    }

    @Transactional
    public ReplyScript get(String shopId, UUID id) {
        return repository.findInShop(ShopIds.require(shopId), id).map(ReplyScriptEntity::toDomain)
                .orElseThrow(() -> notFound(id));
    }

    /**
     * A page in (category, id) order. {@code pageSize} 0 means {@value #DEFAULT_PAGE_SIZE}; {@code pageToken}
     * is empty for the first page.
     */
    @Transactional
    public ScriptPage list(String shopId, Optional<Category> filter, int pageSize, String pageToken) {
        String shop = ShopIds.require(shopId);
        int size = pageSize(pageSize);
        Optional<PageToken> after = pageToken.isEmpty() ? Optional.empty()
                : Optional.of(PageToken.decode(pageToken, filter));
        // One row more than the page tells whether another page follows.
        List<ReplyScript> rows = repository.page(shop, filter, after, size + 1).stream()
                .map(ReplyScriptEntity::toDomain).toList();
        if (rows.size() <= size) {
            return new ScriptPage(rows, Optional.empty());
        }
        List<ReplyScript> page = rows.subList(0, size);
        ReplyScript last = page.get(size - 1);
        return new ScriptPage(page, Optional.of(new PageToken(filter, last.content().sortKey(), last.id())));
    }

    /** The shop's scripts for an occasion (and, for answers, a category) in one language. */
    @Transactional
    public List<ReplyScript> forTopic(String shopId, Occasion occasion, Category category, String language) {
        String shop = ShopIds.require(shopId);
        return (occasion == Occasion.ANSWER ? repository.forCategory(shop, category, language)
                : repository.forOccasion(shop, occasion, language)).stream().map(ReplyScriptEntity::toDomain).toList();
    }

    /** Every script of the shop, by id. */
    @Transactional
    public List<ReplyScript> all(String shopId) {
        return repository.allInShop(ShopIds.require(shopId)).stream().map(ReplyScriptEntity::toDomain).toList();
    }

    /** A page of the shop's audit trail, newest first; the token is the last change id of the previous page. */
    @Transactional
    public ChangePage changes(String shopId, Optional<UUID> scriptId, int pageSize, String pageToken) {
        String shop = ShopIds.require(shopId);
        int size = pageSize(pageSize);
        Optional<Long> before;
        try {
            before = pageToken.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(pageToken));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("page_token", "not a token from a previous ListReplyScriptChanges response");
        }
        List<ScriptAuditEntry> rows = audit.page(shop, scriptId, before, size + 1);
        if (rows.size() <= size) {
            return new ChangePage(rows, Optional.empty());
        }
        List<ScriptAuditEntry> page = rows.subList(0, size);
        return new ChangePage(page, Optional.of(Long.toString(page.get(size - 1).id)));
    }

    /** One page of changes and the token of the next page, if any. */
    public record ChangePage(List<ScriptAuditEntry> changes, Optional<String> nextToken) {
    }

    /** A request's page size: 0 means the default. */
    public static int pageSize(int pageSize) {
        if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("page_size", "must be 1 to " + MAX_PAGE_SIZE + ", or 0 for "
                    + DEFAULT_PAGE_SIZE);
        }
        return pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("reply script", id.toString());
    }

    /** PostgreSQL keeps microseconds; truncating first makes the answer equal what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
