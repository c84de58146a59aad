package io.zhuanhua.metrics.dsr;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The shop-local days a DSR counts, first to last inclusive, and the instants [from, to) they span.
 */
public record DsrWindow(LocalDate firstDay, LocalDate lastDay, Instant from, Instant to) {
}
