package io.zhuanhua.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.zhuanhua.proto.common.v1.Platform;

class FieldValuesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static SourceRecord record(String field, String value) {
        return new SourceRecord(7, Map.of(field, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-20 10:01:02|2026-11-20T02:01:02Z",
            "2026/11/20 9:01|2026-11-20T01:01:00Z",
            "2026.11.20 10:01:02.250|2026-11-20T02:01:02.250Z",
            "2026-11-20T10:01:02|2026-11-20T02:01:02Z",
            "2026-11-20T10:01:02+09:00|2026-11-20T01:01:02Z",
            "1763604062000|2025-11-20T02:01:02Z" })
    void timesWithoutAnOffsetAreShopLocal(String written, String instant) {
        var time = FieldValues.time(record("time", written), "time", SHANGHAI);
        assertEquals(Instant.parse(instant), Instant.ofEpochSecond(time.getSeconds(), time.getNanos()));
    }

    @Test
    void anUnreadableTimeNamesItsField() {
        RejectedRecord rejected = assertThrows(RejectedRecord.class,
                () -> FieldValues.time(record("paid_at", "昨天"), "paid_at", SHANGHAI));
        assertEquals("paid_at", rejected.field());
        assertThrows(RejectedRecord.class, () -> FieldValues.time(record("time", "2026-11-31 10:00:00"), "time", SHANGHAI),
                "a day November does not have");
    }

    @Test
    void amountsBecomeMinorUnits() {
        assertEquals(12990, FieldValues.money(record("amount", "¥129.9"), "amount").getAmountMinor());
        assertEquals(100000, FieldValues.money(record("amount", "1,000"), "amount").getAmountMinor());
        assertThrows(RejectedRecord.class, () -> FieldValues.money(record("amount", "1.005"), "amount"));
        assertThrows(RejectedRecord.class, () -> FieldValues.money(record("amount", "-3"), "amount"));
    }

    @Test
    void platformsByEnumOrChineseNameOrTheDefault() {
        assertEquals(Platform.PLATFORM_JD, FieldValues.platform(record("platform", "京东"), Optional.empty()));
        assertEquals(Platform.PLATFORM_TMALL, FieldValues.platform(record("platform", "tmall"), Optional.empty()));
        assertEquals(Platform.PLATFORM_TAOBAO, FieldValues.platform(record("x", ""), Optional.of(Platform.PLATFORM_TAOBAO)));
        assertEquals("platform", assertThrows(RejectedRecord.class,
                () -> FieldValues.platform(record("platform", "ebay"), Optional.empty())).field());
        assertEquals("platform", assertThrows(RejectedRecord.class,
                () -> FieldValues.platform(record("x", ""), Optional.empty())).field());
    }
}
