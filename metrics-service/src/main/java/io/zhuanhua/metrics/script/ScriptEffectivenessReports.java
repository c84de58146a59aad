package io.zhuanhua.metrics.script;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.inquiry.PeriodInquiries;

/** Script effectiveness of a shop's inquiries of a period, from the stored facts. */
@ApplicationScoped
public class ScriptEffectivenessReports {
    private final PeriodInquiries inquiries;

    public ScriptEffectivenessReports(PeriodInquiries inquiries) {
        this.inquiries = inquiries;
    }

    /** @param only these scripts only; empty: every script sent in the period */
    @Transactional
    public List<ScriptEffectiveness> report(String shopId, ReportPeriod period, Set<String> only) {
        return ScriptEffectiveness.of(inquiries.of(shopId, period), only);
    }
}
