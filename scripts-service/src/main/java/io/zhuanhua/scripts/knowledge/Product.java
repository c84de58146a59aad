package io.zhuanhua.scripts.knowledge;

import java.time.Instant;

/** A stored item of a shop's product knowledge. */
public record Product(String shopId, ProductContent content, long version, Instant updateTime) {
}
