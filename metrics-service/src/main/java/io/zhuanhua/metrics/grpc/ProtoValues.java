package io.zhuanhua.metrics.grpc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.google.protobuf.Timestamp;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.money.Money;
import io.zhuanhua.proto.common.v1.Date;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.common.v1.Platform;

/** Checked conversions of common proto values, naming the field path of any bad value. */
final class ProtoValues {
    /** Ids from platforms and other services are capped like the chat contract caps them. */
    static final int MAX_ID_LENGTH = 128;
    /** google.protobuf.Timestamp's documented range: 0001-01-01 to 9999-12-31. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Enum value names carry their type as prefix; the domain stores the code after it, e.g. "TAOBAO". */
    static final String PLATFORM_PREFIX = "PLATFORM_";
    static final String CATEGORY_PREFIX = "QUESTION_CATEGORY_";

    private ProtoValues() {
    }

    static String requiredId(String value, String field) {
        if (value.isBlank()) {
            throw new InvalidFieldException(field, "required");
        }
        return optionalId(value, field);
    }

    /** The id, or null when empty. */
    static String optionalId(String value, String field) {
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    static Instant requiredTime(boolean present, Timestamp value, String field) {
        if (!present) {
            throw new InvalidFieldException(field, "required");
        }
        return optionalTime(true, value, field);
    }

    /** The instant, or null when unset. */
    static Instant optionalTime(boolean present, Timestamp value, String field) {
        if (!present) {
            return null;
        }
        return ProtoTime.instant(value, field);
    }

    /** The platform code, e.g. "TAOBAO". */
    static String requiredPlatform(Platform platform, String field) {
        if (platform == Platform.PLATFORM_UNSPECIFIED || platform == Platform.UNRECOGNIZED) {
            throw new InvalidFieldException(field, "required");
        }
        return optionalPlatform(platform);
    }

    /** The platform code, or null when unset. */
    static String optionalPlatform(Platform platform) {
        return platform == Platform.PLATFORM_UNSPECIFIED || platform == Platform.UNRECOGNIZED ? null
                : platform.name().substring(PLATFORM_PREFIX.length());
    }

    /** A money amount that may be zero (never negative); an empty currency is the shop's, CNY. */
    static Money amount(io.zhuanhua.proto.common.v1.Money value, String field) {
        if (value.getAmountMinor() < 0) {
            throw new InvalidFieldException(field + ".amount_minor", "must not be negative");
        }
        if (!value.getCurrency().isEmpty() && !CURRENCY.matcher(value.getCurrency()).matches()) {
            throw new InvalidFieldException(field + ".currency", "must be an ISO 4217 code such as CNY");
        }
        return Money.of(value.getAmountMinor(), value.getCurrency());
    }

    static io.zhuanhua.proto.common.v1.Money toProto(long amountMinor, String currency) {
        return io.zhuanhua.proto.common.v1.Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency)
                .build();
    }

    static LocalDate requiredDate(boolean present, Date value, String field) {
        if (!present) {
            throw new InvalidFieldException(field, "required");
        }
        try {
            return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "not a valid date");
        }
    }

    /** A required range of shop-local days, e.g. a report's period. */
    static ReportPeriod period(boolean present, DateRange period) {
        if (!present) {
            throw new InvalidFieldException("period", "required");
        }
        return new ReportPeriod(requiredDate(period.hasStart(), period.getStart(), "period.start"),
                requiredDate(period.hasEnd(), period.getEnd(), "period.end"));
    }

    static DateRange toProto(ReportPeriod period) {
        return DateRange.newBuilder().setStart(toProto(period.start())).setEnd(toProto(period.end())).build();
    }

    static Date toProto(LocalDate day) {
        return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth())
                .build();
    }

    /** Batches hold 1 to 1000 items. */
    static void requireBatchSize(int size, String field) {
        if (size < 1 || size > 1000) {
            throw new InvalidFieldException(field, "must hold 1 to 1000 items, has " + size);
        }
    }
}
