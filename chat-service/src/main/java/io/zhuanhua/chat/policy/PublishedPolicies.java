package io.zhuanhua.chat.policy;

import java.util.Optional;
import java.util.Set;

import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.taxonomy.Category;

/** Where shops publish their policy (scripts-service); chat-service only reads it. */
public interface PublishedPolicies {

    /**
     * The shop's published policy; empty when the shop has published none.
     *
     * @throws Unavailable when the source cannot answer now
     */
    Optional<Published> fetch(String shopId);

    /** What a shop published; an absent part means the shop left it to chat-service's configuration. */
    record Published(Optional<BusinessHours> businessHours, Optional<Set<Category>> botCategories) {
    }

    /** The source did not answer (down, slow, refused); what is known locally still applies. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
