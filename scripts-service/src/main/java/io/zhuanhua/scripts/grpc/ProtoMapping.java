package io.zhuanhua.scripts.grpc;

import java.util.Optional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;

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
            return ScriptContent.of(category("category", script.getCategoryValue()).orElse(null), script.getTitle(),
                    script.getVariantsList(), script.getLanguage());
        } catch (InvalidFieldException e) {
            throw e.under("script");
        }
    }

    static ReplyScript toProto(io.zhuanhua.scripts.playbook.ReplyScript script) {
        ScriptContent content = script.content();
        return ReplyScript.newBuilder()
                .setScriptId(script.id().toString())
                .setCategory(toProto(content.category()))
                .setTitle(content.title())
                .addAllVariants(content.variants())
                .setLanguage(content.language())
                .setVersion(script.version())
                .setUpdateTime(ProtoTime.timestamp(script.updateTime()))
                .build();
    }
}
