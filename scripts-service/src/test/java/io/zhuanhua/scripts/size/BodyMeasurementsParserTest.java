package io.zhuanhua.scripts.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyMeasurementsParserTest {

    /** buyer line | height cm (empty: none) | weight kg (empty: none). */
    @ParameterizedTest(name = "[{index}] {0} -> {1}cm {2}kg")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            175 140斤|175|70
            175 140斤穿多大|175|70
            140斤175|175|70
            140斤 175穿啥码|175|70
            身高160体重50kg穿多大|160|50
            体重55KG 身高165|165|55
            1米75 65公斤|175|65
            1m8 75kg|180|75
            1.75m 130斤|175|65
            1.75 130斤|175|65
            175cm130斤|175|65
            180厘米 75千克|180|75
            身高1.8米体重75公斤|180|75
            75kg 180cm|180|75
            一米七 一百二十斤|170|60
            一米七五 一百四十斤|175|70
            身高一七五 体重一百四 穿多大|175|70
            一米六 九十斤|160|45
            165/55|165|55
            170 60|170|60
            170,60|170|60
            175 140|175|70
            140 175|175|70
            158 95|158|47.5
            160 90|160|45
            180 160|180|80
            身高175体重140|175|70
            体重120 身高170|170|60
            １７５　１４０斤|175|70
            １.７５ｍ　６５ＫＧ|175|65
            175 140近|175|70
            升高170体中120|170|60
            我175的140多斤穿什么码|175|70
            身高是170 体重大概65公斤|170|65
            亲175 65 xl还是xxl|175|65
            38码 170 60|170|60
            99元包邮吗 170 60|170|60
            528690173109这个175能穿吗|175|
            175穿多大|175|
            身高150|150|
            小孩身高120 50斤|120|25
            120 50斤|120|25
            体重50公斤||50
            120斤穿多大||60
            体重120||60
            体重60||60
            体重50-55kg 身高160-165|162.5|52.5
            175 2件一起买便宜吗|175|
            175/92a合适吗|175|
            腰围80 身高170|170|
            528690173109这是大得嘛||
            xl和l有什么区别||
            38码偏大吗||
            99元包邮吗||
            买3件有优惠吗||
            在吗||
            60穿多大||
            这件百搭吗||
            大一点还是小一点||
            iphone15能用吗||
            500ml多少钱||
            """)
    void readsHeightAndWeight(String line, String height, String weight) {
        BodyMeasurements parsed = BodyMeasurementsParser.parse(line);
        assertEquals(expected(height), round(parsed.heightCm()), "height of " + line);
        assertEquals(expected(weight), round(parsed.weightKg()), "weight of " + line);
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertTrue(BodyMeasurementsParser.parse(null).isEmpty());
        assertTrue(BodyMeasurementsParser.parse("  ").isEmpty());
    }

    @Test
    void chineseNumerals() {
        assertEquals("120", BodyMeasurementsParser.chineseToArabic("一百二十"));
        assertEquals("120", BodyMeasurementsParser.chineseToArabic("一百二"));
        assertEquals("105", BodyMeasurementsParser.chineseToArabic("一百零五"));
        assertEquals("200", BodyMeasurementsParser.chineseToArabic("两百"));
        assertEquals("65", BodyMeasurementsParser.chineseToArabic("六十五"));
        assertEquals("15", BodyMeasurementsParser.chineseToArabic("十五"));
        assertEquals("175", BodyMeasurementsParser.chineseToArabic("一七五"));
        assertEquals("1.75", BodyMeasurementsParser.chineseToArabic("一点七五"));
    }

    @Test
    void describesForTheAgent() {
        assertEquals("身高175cm 体重70kg（140斤）", BodyMeasurements.of(175, 70).describe());
        assertEquals("体重62.5kg（125斤）", BodyMeasurements.weight(62.5).describe());
    }

    private static OptionalDouble expected(String value) {
        return value == null || value.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }

    private static OptionalDouble round(OptionalDouble value) {
        return value.isPresent() ? OptionalDouble.of(Math.round(value.getAsDouble() * 10) / 10.0) : value;
    }
}
