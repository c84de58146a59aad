package io.zhuanhua.metrics.agent;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.metrics.conversion.ConversionReports;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.inquiry.PeriodInquiries;

/**
 * Agent KPIs and pay of a shop's period (see {@link AgentPerformanceReport}). The conversion figures come
 * from the conversion report itself, so the two can never disagree.
 */
@ApplicationScoped
public class AgentPerformanceReports {
    private final ConversionReports reports;
    private final PeriodInquiries inquiries;
    private final ShopBonusTiers tiers;

    public AgentPerformanceReports(ConversionReports reports, PeriodInquiries inquiries, ShopBonusTiers tiers) {
        this.reports = reports;
        this.inquiries = inquiries;
        this.tiers = tiers;
    }

    @Transactional
    public AgentPerformanceReport report(String shopId, ReportPeriod period) {
        return AgentPerformanceReport.of(reports.report(shopId, period, EnumSet.of(ReportGrouping.AGENT)),
                inquiries.of(shopId, period), tiers.of(shopId));
    }
}
