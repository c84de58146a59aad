package io.zhuanhua.scripts.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;

/** Proto messages to domain values and back; field paths in errors are those of the request. */
final class ProtoMapping {
    private ProtoMapping() {
    }

    /** Empty if unset (0); INVALID_ARGUMENT for a number this build does not know. */
    static Optional<Category> category(String field, int number) {
        if (number == QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED_VALUE) {
            return Optional.empty();
        }
        return Optional.of(Category.ofNumber(number)
                .orElseThrow(() -> new InvalidFieldException(field, "unknown question category " + number)));
    }

    static QuestionCategory toProto(Category category) {
        return QuestionCategory.forNumber(category.number());
    }

    /** The content of the request's {@code script} field. */
    static ScriptContent content(boolean present, ReplyScript script) {
        if (!present) {
            throw new InvalidFieldException("script", "required");
        }
        try {
            Occasion occasion = Occasion.ofNumber(script.getOccasionValue());
            if (occasion == null) {
                throw new InvalidFieldException("occasion", "unknown occasion " + script.getOccasionValue());
            }
            List<CustomerPole> poles = new ArrayList<>();
            for (int i = 0; i < script.getCustomerPolesCount(); i++) {
                poles.add(pole("customer_poles[" + i + "]", script.getCustomerPolesValue(i)));
            }
            List<Platform> platforms = new ArrayList<>();
            for (int i = 0; i < script.getPlatformsCount(); i++) {
                platforms.add(platform("platforms[" + i + "]", script.getPlatformsValue(i)).orElseThrow(
                        () -> new InvalidFieldException("platforms", "must not hold UNSPECIFIED")));
            }
            return ScriptContent.of(occasion, category("category", script.getCategoryValue()).orElse(null),
                    script.getTitle(), script.getVariantsList(), script.getLanguage(),
                    ScriptScope.of(poles, script.getItemIdsList(), script.getSkuIdsList(), platforms));
        } catch (InvalidFieldException e) {
            throw e.under("script");
        }
    }

    static CustomerPole pole(String field, int number) {
        CustomerPole pole = CustomerPole.ofNumber(number);
        if (pole == null) {
            throw new InvalidFieldException(field, "not a pole a script can ask for: " + number);
        }
        return pole;
    }

    /** Empty if unset (0); INVALID_ARGUMENT for a number this build does not know. */
    static Optional<Platform> platform(String field, int number) {
        if (number == 0) {
            return Optional.empty();
        }
        if (number < 0 || number > Platform.values().length) {
            throw new InvalidFieldException(field, "unknown platform " + number);
        }
        return Optional.of(Platform.values()[number - 1]);
    }

    static ReplyScript toProto(io.zhuanhua.scripts.playbook.ReplyScript script) {
        ScriptContent content = script.content();
        ScriptScope scope = content.scope();
        ReplyScript.Builder proto = ReplyScript.newBuilder();
        if (content.category() != null) {
            proto.setCategory(toProto(content.category()));
        }
        scope.customerPoles().forEach(p -> proto.addCustomerPolesValue(p.number()));
        scope.platforms().forEach(p -> proto.addPlatformsValue(p.ordinal() + 1));
        return proto
                .setScriptId(script.id().toString())
                .setOccasionValue(content.occasion().number())
                .addAllItemIds(scope.itemIds())
                .addAllSkuIds(scope.skuIds())
                .addAllVariables(content.variables())
                .setTitle(content.title())
                .addAllVariants(content.variants())
                .setLanguage(content.language())
                .setVersion(script.version())
                .setUpdateTime(ProtoTime.timestamp(script.updateTime()))
                .build();
    }
}
