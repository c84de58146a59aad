package io.zhuanhua.scripts.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.knowledge.Product;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.Products;
import io.zhuanhua.scripts.knowledge.ShopPolicies;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.DefaultPlaybook;
import io.zhuanhua.scripts.playbook.Language;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ReplyScripts;
import io.zhuanhua.scripts.playbook.ShopIds;

/** Answers "what can I reply to this?" for a shop's agents and bots. */
@Startup // loads the default playbook at boot, so a broken resource stops the service instead of a request
@ApplicationScoped
public class Suggestions {
    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 20;
    static final int MAX_MESSAGE = 2000;

    private final ReplyScripts scripts;
    private final Products products;
    private final ShopPolicies policies;
    private final Effectiveness effectiveness;
    private final DefaultPlaybook defaults = DefaultPlaybook.load(Language.DEFAULT);

    public Suggestions(ReplyScripts scripts, Products products, ShopPolicies policies, Effectiveness effectiveness) {
        this.scripts = scripts;
        this.products = products;
        this.policies = policies;
        this.effectiveness = effectiveness;
    }

    /**
     * What a request asks: a null category means none was given, an empty language means
     * {@value Language#DEFAULT}, a limit of 0 means {@value #DEFAULT_LIMIT}, empty strings mean "not said".
     */
    public record Query(String shopId, Occasion occasion, Category category, String language, int limit,
            Set<CustomerPole> buyer, String itemId, String skuId, Optional<Platform> platform, String buyerName,
            String buyerMessage) {
    }

    /** Ranked, filled replies. */
    public List<Suggestion> suggest(Query query) {
        String shop = ShopIds.require(query.shopId());
        if (query.occasion() == Occasion.ANSWER && query.category() == null) {
            throw new InvalidFieldException("category", "required");
        }
        String lang = Language.normalize("language", query.language());
        if (query.limit() < 0 || query.limit() > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be 1 to " + MAX_LIMIT + ", or 0 for " + DEFAULT_LIMIT);
        }
        if (query.buyerMessage().length() > MAX_MESSAGE) {
            throw new InvalidFieldException("buyer_message", "at most " + MAX_MESSAGE + " characters");
        }
        Optional<ProductContent> item = query.itemId().isEmpty() ? Optional.empty()
                : products.find(shop, query.itemId()).map(Product::content);
        ShopPolicy policy = policies.get(shop);
        Category category = query.occasion() == Occasion.ANSWER ? query.category() : null;

        List<SuggestionRanking.Candidate> candidates = new ArrayList<>();
        scripts.forTopic(shop, query.occasion(), category, lang).forEach(
                s -> candidates.add(new SuggestionRanking.Candidate(s.id().toString(), s.content(), false)));
        Map<String, Effectiveness.Measured> measured = candidates.isEmpty() ? Map.of()
                : effectiveness.forShop(shop, policy.hours().zone());
        if (defaults.language().equals(lang)) {
            defaults.forTopic(query.occasion(), category).forEach(
                    d -> candidates.add(new SuggestionRanking.Candidate(d.key(), d.content(), true)));
        }
        ChatContext chat = new ChatContext(query.buyer(), nonEmpty(query.itemId()), nonEmpty(query.skuId()),
                query.platform(), lang);
        Facts facts = Facts.of(query.buyerName(), query.buyerMessage(), item, policy);
        return SuggestionRanking.rank(candidates, chat, facts, id -> Optional.ofNullable(measured.get(id)),
                query.limit() == 0 ? DEFAULT_LIMIT : query.limit());
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
