package io.zhuanhua.chat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.kit.taxonomy.Category;

class CategoryCodecTest {

    @Test
    void confidencesKeepThreeDecimals() {
        for (int i = 0; i <= 100_000; i++) {
            double confidence = i / 100_000.0;
            String encoded = CategoryCodec.encode(List.of(new CategoryScore(Category.STOCK, confidence)));
            assertTrue(encoded.matches("STOCK:[01]\\.\\d{3}"), encoded);
            double decoded = CategoryCodec.decode(encoded).get(0).confidence();
            assertTrue(Math.abs(decoded - confidence) <= 0.0005 + 1e-12, confidence + " came back as " + decoded);
        }
    }

    @Test
    void scoresComeBackInTheirOrder() {
        List<CategoryScore> scores = List.of(new CategoryScore(Category.SIZE_FIT, 0.92),
                new CategoryScore(Category.STOCK, 0.605));
        String encoded = CategoryCodec.encode(scores);
        assertEquals("SIZE_FIT:0.920 STOCK:0.605", encoded);
        assertEquals(List.of(Category.SIZE_FIT, Category.STOCK),
                CategoryCodec.decode(encoded).stream().map(CategoryScore::category).toList());
        assertEquals("", CategoryCodec.encode(List.of()));
    }
}
