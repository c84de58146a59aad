package io.zhuanhua.scripts.playbook;

import java.util.IllformedLocaleException;
import java.util.Locale;

import io.zhuanhua.kit.error.InvalidFieldException;

/** BCP 47 language tags of scripts and suggestions. */
public final class Language {
    /** What an empty tag means. */
    public static final String DEFAULT = "zh-CN";
    private static final int MAX_LENGTH = 35;

    private Language() {
    }

    /**
     * The tag in canonical case ("zh-cn" becomes "zh-CN"), so that equal languages compare equal; an empty
     * tag is {@link #DEFAULT}.
     */
    public static String normalize(String field, String tag) {
        String trimmed = tag.strip();
        if (trimmed.isEmpty()) {
            return DEFAULT;
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "at most " + MAX_LENGTH + " characters");
        }
        try {
            return new Locale.Builder().setLanguageTag(trimmed).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new InvalidFieldException(field, "not a BCP 47 language tag, e.g. zh-CN");
        }
    }
}
