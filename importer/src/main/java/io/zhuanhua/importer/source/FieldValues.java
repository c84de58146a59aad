package io.zhuanhua.importer.source;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.Timestamp;

import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.common.v1.Platform;

/** How export files write platforms, times and amounts, read the same way for chats and orders. */
public final class FieldValues {
    /** Names shops use in exports, besides the enum's own (TAOBAO, taobao). */
    private static final Map<String, Platform> PLATFORM_NAMES = Map.of(
            "淘宝", Platform.PLATFORM_TAOBAO, "天猫", Platform.PLATFORM_TMALL, "京东", Platform.PLATFORM_JD,
            "拼多多", Platform.PLATFORM_PINDUODUO, "pdd", Platform.PLATFORM_PINDUODUO, "抖音", Platform.PLATFORM_DOUYIN,
            "tb", Platform.PLATFORM_TAOBAO);
    /** 2026-11-20 10:01:02, 2026/11/20 10:01, 2026.11.20 9:01:02 and the ISO 'T'. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
            .appendValue(ChronoField.HOUR_OF_DAY).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .toFormatter(Locale.ROOT)
            // Strict: 2026-11-31 is an error in the export, not 30 November.
            .withResolverStyle(ResolverStyle.STRICT);

    private FieldValues() {
    }

    /** The record's platform, or the default the command line gave; rejected when neither names one. */
    public static Platform platform(SourceRecord record, Optional<Platform> fallback) {
        Optional<String> written = record.optional("platform");
        if (written.isEmpty()) {
            return fallback.orElseThrow(() -> new RejectedRecord("platform", "required (or pass --platform)"));
        }
        return platform(written.get()).orElseThrow(() -> new RejectedRecord("platform",
                "unknown platform \"" + written.get() + "\""));
    }

    /** TAOBAO, taobao, PLATFORM_TAOBAO, 淘宝 ... */
    public static Optional<Platform> platform(String name) {
        String key = name.strip();
        Platform known = PLATFORM_NAMES.get(key.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        String upper = key.toUpperCase(Locale.ROOT);
        String enumName = upper.startsWith("PLATFORM_") ? upper : "PLATFORM_" + upper;
        try {
            Platform platform = Platform.valueOf(enumName);
            return platform == Platform.PLATFORM_UNSPECIFIED ? Optional.empty() : Optional.of(platform);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * An ISO-8601 instant or offset time, epoch milliseconds, or a local time (with '-', '/' or '.' between
     * date parts) in the shop's zone.
     */
    public static Timestamp time(SourceRecord record, String field, ZoneId zone) {
        String value = record.required(field);
        try {
            Instant instant = instant(value, zone);
            return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
        } catch (DateTimeException | ArithmeticException e) {
            throw new RejectedRecord(field, "not a time: \"" + value + "\" (use 2026-11-20 10:01:02 or ISO-8601)");
        }
    }

    private static Instant instant(String value, ZoneId zone) {
        if (value.chars().allMatch(Character::isDigit) && value.length() >= 12) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            String spaced = value.replace('T', ' ');
            int space = spaced.indexOf(' ');
            // Only the date part may use '/' or '.' between its fields; a fraction of a second keeps its dot.
            String local = space < 0 ? spaced
                    : spaced.substring(0, space).replace('/', '-').replace('.', '-') + spaced.substring(space);
            return LocalDateTime.parse(local, LOCAL).atZone(zone).toInstant();
        }
    }

    /** A decimal amount in the currency's main unit ("129.90", "¥129.9"), as minor units. */
    public static Money money(SourceRecord record, String field) {
        String value = record.required(field).replace("¥", "").replace("￥", "").replace(",", "").strip();
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                throw new RejectedRecord(field, "must not be negative");
            }
            return Money.newBuilder().setAmountMinor(amount.movePointRight(2).longValueExact())
                    .setCurrency(record.optional("currency").orElse("")).build();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RejectedRecord(field, "not an amount with at most two decimals: \"" + value + "\"");
        }
    }
}
