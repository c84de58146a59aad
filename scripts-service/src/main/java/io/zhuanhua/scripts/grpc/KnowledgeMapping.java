package io.zhuanhua.scripts.grpc;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.scripts.v1.BusinessHours;
import io.zhuanhua.proto.scripts.v1.MeasureRange;
import io.zhuanhua.proto.scripts.v1.OpeningInterval;
import io.zhuanhua.proto.scripts.v1.Product;
import io.zhuanhua.proto.scripts.v1.ProductAttribute;
import io.zhuanhua.proto.scripts.v1.SizeChartRow;
import io.zhuanhua.proto.scripts.v1.SizeInBetweenRule;
import io.zhuanhua.proto.scripts.v1.Sku;
import io.zhuanhua.scripts.knowledge.OpeningHours;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.size.InBetweenRule;
import io.zhuanhua.scripts.size.SizeChart;

/** Product and shop policy messages to domain values and back; field paths in errors are those of the request. */
final class KnowledgeMapping {
    private KnowledgeMapping() {
    }

    static ProductContent content(boolean present, Product p) {
        if (!present) {
            throw new InvalidFieldException("product", "required");
        }
        try {
            Optional<SizeChart> chart = p.hasSizeChart() ? Optional.of(sizeChart(p.getSizeChart())) : Optional.empty();
            return ProductContent.of(p.getItemId(), p.getName(),
                    p.getAttributesList().stream()
                            .map(a -> new ProductContent.Attribute(a.getName(), a.getValue())).toList(),
                    p.getSellingPointsList(), p.getPainPointsSolvedList(), p.getMaterialsList(), p.getShelfLife(),
                    p.getUsageNotesList(), chart,
                    p.getSkusList().stream().map(s -> new ProductContent.Sku(s.getSkuId(), s.getName())).toList(),
                    p.getCoupon());
        } catch (InvalidFieldException e) {
            throw e.under("product");
        }
    }

    private static SizeChart sizeChart(io.zhuanhua.proto.scripts.v1.SizeChart chart) {
        List<SizeChart.Row> rows = new ArrayList<>();
        try {
            for (SizeChartRow row : chart.getRowsList()) {
                rows.add(new SizeChart.Row(row.getSize().strip(),
                        row.hasHeightCm() ? Optional.of(range(row.getHeightCm())) : Optional.empty(),
                        row.hasWeightKg() ? Optional.of(range(row.getWeightKg())) : Optional.empty()));
            }
            return SizeChart.of(rows, rule(chart.getInBetweenRuleValue()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("size_chart", e.getMessage());
        }
    }

    private static SizeChart.Range range(MeasureRange range) {
        return new SizeChart.Range(range.getMin(), range.getMax());
    }

    private static InBetweenRule rule(int number) {
        return switch (number) {
            case SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_UNSPECIFIED_VALUE, SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_LARGER_VALUE ->
                    InBetweenRule.LARGER;
            case SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_SMALLER_VALUE -> InBetweenRule.SMALLER;
            case SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_BY_WEIGHT_VALUE -> InBetweenRule.BY_WEIGHT;
            case SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_BY_HEIGHT_VALUE -> InBetweenRule.BY_HEIGHT;
            default -> throw new IllegalArgumentException("unknown in-between rule " + number);
        };
    }

    static Product toProto(io.zhuanhua.scripts.knowledge.Product product) {
        ProductContent c = product.content();
        Product.Builder p = Product.newBuilder().setItemId(c.itemId()).setName(c.name())
                .addAllSellingPoints(c.sellingPoints()).addAllPainPointsSolved(c.painPointsSolved())
                .addAllMaterials(c.materials()).setShelfLife(c.shelfLife()).addAllUsageNotes(c.usageNotes())
                .setCoupon(c.coupon()).setVersion(product.version())
                .setUpdateTime(ProtoTime.timestamp(product.updateTime()));
        c.attributes().forEach(a -> p.addAttributes(ProductAttribute.newBuilder().setName(a.name()).setValue(a.value())));
        c.skus().forEach(s -> p.addSkus(Sku.newBuilder().setSkuId(s.skuId()).setName(s.name())));
        c.sizeChart().ifPresent(chart -> {
            io.zhuanhua.proto.scripts.v1.SizeChart.Builder b = io.zhuanhua.proto.scripts.v1.SizeChart.newBuilder()
                    .setInBetweenRule(SizeInBetweenRule.valueOf("SIZE_IN_BETWEEN_RULE_" + chart.rule().name()));
            for (SizeChart.Row row : chart.rows()) {
                SizeChartRow.Builder r = SizeChartRow.newBuilder().setSize(row.size());
                row.height().ifPresent(h -> r.setHeightCm(MeasureRange.newBuilder().setMin(h.min()).setMax(h.max())));
                row.weight().ifPresent(w -> r.setWeightKg(MeasureRange.newBuilder().setMin(w.min()).setMax(w.max())));
                b.addRows(r);
            }
            p.setSizeChart(b);
        });
        return p.build();
    }

    static ShopPolicy policy(boolean present, io.zhuanhua.proto.scripts.v1.ShopPolicy p) {
        if (!present) {
            throw new InvalidFieldException("policy", "required");
        }
        try {
            List<Category> bot = new ArrayList<>();
            for (int i = 0; i < p.getBotCategoriesCount(); i++) {
                bot.add(ProtoMapping.category("bot_categories[" + i + "]", p.getBotCategoriesValue(i))
                        .orElseThrow(() -> new InvalidFieldException("bot_categories", "must not hold UNSPECIFIED")));
            }
            return ShopPolicy.of(hours(p.getBusinessHours()), p.getCouriersList(),
                    p.hasDispatchCutoff() ? Optional.of(time("dispatch_cutoff", p.getDispatchCutoff()))
                            : Optional.empty(),
                    p.hasFreeShippingThreshold() ? Optional.of(money(p.getFreeShippingThreshold())) : Optional.empty(),
                    p.getReturnDays(), bot, p.getCoupon());
        } catch (InvalidFieldException e) {
            throw e.under("policy");
        }
    }

    private static OpeningHours hours(BusinessHours hours) {
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        for (int i = 0; i < hours.getIntervalsCount(); i++) {
            OpeningInterval interval = hours.getIntervals(i);
            String field = "business_hours.intervals[" + i + "]";
            int day = interval.getDayValue();
            if (day < 1 || day > 7) {
                throw new InvalidFieldException(field + ".day", "required, Monday to Sunday");
            }
            intervals.add(new OpeningHours.Interval(DayOfWeek.of(day), time(field + ".opens", interval.getOpens()),
                    time(field + ".closes", interval.getCloses())));
        }
        try {
            return OpeningHours.of(hours.getTimeZone(), intervals);
        } catch (InvalidFieldException e) {
            throw e.under("business_hours");
        }
    }

    private static LocalTime time(String field, io.zhuanhua.proto.scripts.v1.LocalTime time) {
        if (time.getHours() < 0 || time.getHours() > 23 || time.getMinutes() < 0 || time.getMinutes() > 59) {
            throw new InvalidFieldException(field, "hours 0 to 23 and minutes 0 to 59");
        }
        return LocalTime.of(time.getHours(), time.getMinutes());
    }

    private static ShopPolicy.Money money(Money money) {
        return new ShopPolicy.Money(money.getAmountMinor(), money.getCurrency().isEmpty() ? "CNY" : money.getCurrency());
    }

    static io.zhuanhua.proto.scripts.v1.ShopPolicy toProto(ShopPolicy policy) {
        io.zhuanhua.proto.scripts.v1.ShopPolicy.Builder p = io.zhuanhua.proto.scripts.v1.ShopPolicy.newBuilder()
                .addAllCouriers(policy.couriers()).setReturnDays(policy.returnDays()).setCoupon(policy.coupon())
                .setVersion(policy.version());
        BusinessHours.Builder hours = BusinessHours.newBuilder().setTimeZone(policy.hours().zone().getId());
        policy.hours().intervals().forEach(i -> hours.addIntervals(OpeningInterval.newBuilder()
                .setDayValue(i.day().getValue()).setOpens(time(i.opens())).setCloses(time(i.closes()))));
        p.setBusinessHours(hours);
        policy.dispatchCutoff().ifPresent(t -> p.setDispatchCutoff(time(t)));
        policy.freeShippingThreshold().ifPresent(m -> p.setFreeShippingThreshold(
                Money.newBuilder().setAmountMinor(m.amountMinor()).setCurrency(m.currency())));
        policy.botCategories().forEach(c -> p.addBotCategories(ProtoMapping.toProto(c)));
        policy.updateTime().ifPresent(t -> p.setUpdateTime(ProtoTime.timestamp(t)));
        return p.build();
    }

    private static io.zhuanhua.proto.scripts.v1.LocalTime time(LocalTime time) {
        return io.zhuanhua.proto.scripts.v1.LocalTime.newBuilder().setHours(time.getHour())
                .setMinutes(time.getMinute()).build();
    }
}
