package io.zhuanhua.metrics.dsr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** A shop's DSR as of a day, per dimension. */
public record DsrReport(String shopId, LocalDate asOf, ZoneId zone, DsrWindow window,
        Map<DsrDimension, DimensionDsr> dimensions) {

    public DsrReport {
        dimensions = Map.copyOf(dimensions);
    }
}
