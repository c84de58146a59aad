package io.zhuanhua.metrics.agent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shop's performance pay tiers on consultation conversion (DOMAIN.md, "Agent performance pay"). Written
 * as in the configuration: thresholds in percent, amounts in the currency's major unit (yuan), e.g.
 * DOMAIN.md's example {@value #DOMAIN_EXAMPLE}. The highest tier an agent reaches applies; below every tier
 * there is neither bonus nor deduction (so a shop that deducts below 50% says so with a 0% tier).
 */
public final class BonusTiers {
    /** ≥60% → bonus 500, ≥55% → 400, ≥50% → 300, below 50% → 200 deducted. */
    public static final String DOMAIN_EXAMPLE = "60%=500, 55%=400, 50%=300, 0%=-200";
    private static final Pattern TIER = Pattern.compile("\\s*(\\d{1,3}(?:\\.\\d+)?)%\\s*=\\s*(-?\\d+(?:\\.\\d{1,2})?)\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BonusTier> tiers;

    public BonusTiers(List<BonusTier> tiers) {
        Set<BigDecimal> thresholds = new HashSet<>();
        for (BonusTier tier : tiers) {
            if (!thresholds.add(tier.minConversion().stripTrailingZeros())) {
                throw new IllegalArgumentException("two tiers at " + tier.minConversion());
            }
        }
        this.tiers = tiers.stream().sorted(Comparator.comparing(BonusTier::minConversion).reversed()).toList();
    }

    /**
     * Reads tiers written "P%=A, P%=A, …" (any order).
     *
     * @throws IllegalArgumentException naming the bad tier
     */
    public static BonusTiers parse(String spec) {
        List<BonusTier> tiers = new ArrayList<>();
        for (String part : spec.split(",")) {
            Matcher m = TIER.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a tier like 60%=500");
            }
            tiers.add(new BonusTier(new BigDecimal(m.group(1)).divide(HUNDRED),
                    new BigDecimal(m.group(2)).movePointRight(2).longValueExact()));
        }
        return new BonusTiers(tiers);
    }

    /** Highest threshold first. */
    public List<BonusTier> tiers() {
        return tiers;
    }

    /** The highest tier the conversion reaches; empty below every tier. */
    public Optional<BonusTier> reached(long orderingBuyers, long inquiringBuyers) {
        return tiers.stream().filter(t -> t.reachedBy(orderingBuyers, inquiringBuyers)).findFirst();
    }
}
