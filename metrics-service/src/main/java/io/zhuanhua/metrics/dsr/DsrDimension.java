package io.zhuanhua.metrics.dsr;

import java.util.Locale;

/** The three DSR dimensions. */
public enum DsrDimension {
    /** 描述相符, rated per item of an order. */
    DESCRIPTION,
    /** 服务态度, rated once per order. */
    SERVICE,
    /** 物流服务, rated once per order. */
    LOGISTICS;

    /** Name in configuration keys, e.g. "service". */
    public String configKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
