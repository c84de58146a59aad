package io.zhuanhua.scripts.suggest;

import java.util.Optional;
import java.util.Set;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;

/** What a suggestion request says about the chat: the buyer's poles, the item and SKU, the platform, the language. */
public record ChatContext(Set<CustomerPole> buyer, Optional<String> itemId, Optional<String> skuId,
        Optional<Platform> platform, String language) {

    public ChatContext {
        buyer = Set.copyOf(buyer);
    }

    /**
     * True if the script may be sent in this chat: same language, the buyer shows every pole it asks for, and the
     * chat's item, SKU and platform are in its scope (a scope the request says nothing about does not fit).
     */
    public boolean fits(ScriptContent content) {
        ScriptScope scope = content.scope();
        return content.language().equals(language) && buyer.containsAll(scope.customerPoles())
                && (scope.itemIds().isEmpty() || itemId.filter(scope.itemIds()::contains).isPresent())
                && (scope.skuIds().isEmpty() || skuId.filter(scope.skuIds()::contains).isPresent())
                && (scope.platforms().isEmpty() || platform.filter(scope.platforms()::contains).isPresent());
    }
}
