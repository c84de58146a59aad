package io.zhuanhua.scripts.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.kit.taxonomy.Category;

class ProtoMappingTest {

    @Test
    void everyProtoCategoryHasTheDomainCategoryOfTheSameName() {
        for (QuestionCategory proto : QuestionCategory.values()) {
            if (proto == QuestionCategory.UNRECOGNIZED) {
                continue;
            }
            if (proto == QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED) {
                assertTrue(ProtoMapping.category("category", proto.getNumber()).isEmpty());
                continue;
            }
            Category category = ProtoMapping.category("category", proto.getNumber()).orElseThrow();
            assertEquals(proto.name(), "QUESTION_CATEGORY_" + category.name());
            assertEquals(proto, ProtoMapping.toProto(category));
        }
        assertEquals(QuestionCategory.values().length - 2, Category.values().length);
    }

    @Test
    void unknownNumbersAreTheClientsMistake() {
        assertEquals("category: unknown question category 99",
                assertThrows(InvalidFieldException.class, () -> ProtoMapping.category("category", 99)).getMessage());
    }
}
