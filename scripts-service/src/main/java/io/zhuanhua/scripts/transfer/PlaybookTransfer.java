package io.zhuanhua.scripts.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.scripts.knowledge.Product;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.Products;
import io.zhuanhua.scripts.knowledge.ShopPolicies;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ReplyScripts;
import io.zhuanhua.scripts.playbook.ShopIds;

/**
 * Export and import of a shop's whole playbook. An import replaces the shop's state with the document's in one
 * transaction through the same services as single changes, so versions and the audit trail (with the caller)
 * record it like any other change; records left as they were are not touched.
 */
@ApplicationScoped
public class PlaybookTransfer {
    static final int MAX_DOCUMENT = 4 * 1024 * 1024;

    private final ReplyScripts scripts;
    private final Products products;
    private final ShopPolicies policies;

    public PlaybookTransfer(ReplyScripts scripts, Products products, ShopPolicies policies) {
        this.scripts = scripts;
        this.products = products;
        this.policies = policies;
    }

    /** Created, updated, deleted and unchanged records of one kind. */
    public record Counts(int created, int updated, int deleted, int unchanged) {
    }

    /** What an import did, or would do on a dry run. */
    public record Result(Counts scripts, Counts products, boolean policyChanged, boolean dryRun) {
    }

    @Transactional
    public String export(String shopId) {
        String shop = ShopIds.require(shopId);
        return PlaybookDocument.write(new PlaybookDocument.State(policies.get(shop),
                products.all(shop).stream().map(Product::content).toList(),
                scripts.all(shop).stream().map(s -> new PlaybookDocument.Script(Optional.of(s.id()), s.content()))
                        .toList()));
    }

    @Transactional
    public Result importDocument(String shopId, String document, boolean dryRun) {
        String shop = ShopIds.require(shopId);
        if (document.isBlank()) {
            throw new InvalidFieldException("document", "required");
        }
        if (document.length() > MAX_DOCUMENT) {
            throw new InvalidFieldException("document", "at most 4 MiB");
        }
        PlaybookDocument.State wanted = PlaybookDocument.read(document);

        ShopPolicy current = policies.get(shop);
        boolean policyChanged = !current.sameFacts(wanted.policy());
        if (policyChanged && !dryRun) {
            policies.update(shop, wanted.policy(), 0);
        }

        Map<String, Product> storedProducts = new HashMap<>();
        products.all(shop).forEach(p -> storedProducts.put(p.content().itemId(), p));
        int[] p = new int[4];
        for (ProductContent product : wanted.products()) {
            Product stored = storedProducts.remove(product.itemId());
            if (stored != null && stored.content().equals(product)) {
                p[3]++;
                continue;
            }
            p[stored == null ? 0 : 1]++;
            if (!dryRun) {
                products.upsert(shop, product, 0);
            }
        }
        p[2] = storedProducts.size();
        if (!dryRun) {
            storedProducts.keySet().forEach(itemId -> products.delete(shop, itemId));
        }

        Map<UUID, ReplyScript> storedScripts = new HashMap<>();
        scripts.all(shop).forEach(s -> storedScripts.put(s.id(), s));
        int[] s = new int[4];
        for (PlaybookDocument.Script script : wanted.scripts()) {
            ReplyScript stored = script.id().map(storedScripts::remove).orElse(null);
            if (stored != null && stored.content().equals(script.content())) {
                s[3]++;
            } else if (stored != null) {
                s[1]++;
                if (!dryRun) {
                    scripts.update(shop, stored.id(), script.content(), 0);
                }
            } else {
                s[0]++;
                if (!dryRun) {
                    // An id another shop uses (a document exported from it) cannot be shared: take a new one.
                    UUID id = script.id().filter(i -> !scripts.idTaken(i)).orElseGet(UUID::randomUUID);
                    scripts.create(shop, script.content(), id);
                }
            }
        }
        s[2] = storedScripts.size();
        if (!dryRun) {
            storedScripts.keySet().forEach(id -> scripts.delete(shop, id));
        }
        return new Result(counts(s), counts(p), policyChanged, dryRun);
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3]);
    }
}
