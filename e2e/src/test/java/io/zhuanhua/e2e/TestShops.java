package io.zhuanhua.e2e;

import java.util.List;

/**
 * The shops and API keys of the suite tests. Every scenario has shops of its own, so scenarios never read
 * each other's rows while they share one running suite.
 */
final class TestShops {
    static final String WORKED_EXAMPLE = "shop-worked-example";
    static final String EDGES = "shop-edges";
    static final String SENT_ONCE = "shop-sent-once";
    static final String SENT_TWICE = "shop-sent-twice";
    static final String OUTAGE = "shop-outage";
    static final String OUTAGE_CONTROL = "shop-outage-control";
    static final String REPLICAS = "shop-replicas";
    static final String SIZE_ADVICE = "shop-size-advice";
    static final String BARGAIN = "shop-bargain";
    static final String LINT = "shop-lint";
    static final String FRESH = "shop-fresh";
    static final String POLICY_HOURS = "shop-policy-hours";
    static final String POLICY_BOT = "shop-policy-bot";
    static final String POLICY_CLOSED = "shop-policy-closed";
    static final String POLICY_CONTROL = "shop-policy-control";
    static final String OBSERVED = "shop-observed";
    static final String SHOP_A = "shop-a";
    static final String SHOP_B = "shop-b";
    static final String IMPORT = "shop-import";
    static final String IMPORT_ORDERS = "shop-import-orders";

    /** The platform integration of shop A, which also serves the scenario shops. */
    static final String INTEGRATION_KEY = "e2e-key-integration";
    /** Shop B's own integration: only shop B. */
    static final String SHOP_B_KEY = "e2e-key-shop-b";
    /** The services' key for calling each other. */
    static final String INTERNAL_KEY = "e2e-key-internal";

    static final List<ApiClient> CLIENTS = List.of(
            ApiClient.integration("integration", INTEGRATION_KEY, SHOP_A, WORKED_EXAMPLE, EDGES, SENT_ONCE,
                    SENT_TWICE, OUTAGE, OUTAGE_CONTROL, REPLICAS, IMPORT, IMPORT_ORDERS, SIZE_ADVICE, BARGAIN, LINT,
                    FRESH, POLICY_HOURS, POLICY_BOT, POLICY_CLOSED, POLICY_CONTROL, OBSERVED),
            ApiClient.integration("shop-b", SHOP_B_KEY, SHOP_B),
            ApiClient.internal("suite-services", INTERNAL_KEY));

    private TestShops() {
    }
}
