package io.zhuanhua.scripts.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * What a reply script says: its category, a short title for agents, the wordings and their language.
 * Input from outside goes through {@link #of}, which validates and trims and rejects wording that breaks
 * the suite's compliance rules (absolute promises, off-platform contact, rival platforms on any platform,
 * since a script may be sent anywhere); the constructor is for content
 * that already passed it (read back from the database).
 */
public record ScriptContent(Category category, String title, List<String> variants, String language) {
    public static final int MAX_TITLE = 100;
    public static final int MAX_VARIANTS = 20;
    public static final int MAX_VARIANT = 1000;

    public ScriptContent {
        variants = List.copyOf(variants);
    }

    /**
     * Validates and normalises raw input. Field names are those of the ReplyScript message; the caller adds
     * the enclosing path. A null category means none was given.
     */
    public static ScriptContent of(Category category, String title, List<String> variants, String language) {
        if (category == null) {
            throw new InvalidFieldException("category", "required");
        }
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidFieldException("title", "required");
        }
        if (length(cleanTitle) > MAX_TITLE) {
            throw new InvalidFieldException("title", "at most " + MAX_TITLE + " characters");
        }
        if (cleanTitle.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("title", "must be one line without control characters");
        }
        if (variants.isEmpty()) {
            throw new InvalidFieldException("variants", "at least one variant is required");
        }
        if (variants.size() > MAX_VARIANTS) {
            throw new InvalidFieldException("variants", "at most " + MAX_VARIANTS + " variants");
        }
        List<String> cleanVariants = new ArrayList<>(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            cleanVariants.add(variant("variants[" + i + "]", variants.get(i)));
        }
        return new ScriptContent(category, cleanTitle, cleanVariants, Language.normalize("language", language));
    }

    private static String variant(String field, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (length(text) > MAX_VARIANT) {
            throw new InvalidFieldException(field, "at most " + MAX_VARIANT + " characters");
        }
        // PostgreSQL text cannot hold NUL; line breaks and tabs are fine in a reply.
        if (text.indexOf('\0') >= 0) {
            throw new InvalidFieldException(field, "must not contain NUL characters");
        }
        List<Risk> risks = ComplianceRules.defaults().lint(null, text);
        if (!risks.isEmpty()) {
            throw new InvalidFieldException(field, "not compliant: " + risks.stream()
                    .map(r -> r.type() + " \"" + r.evidence() + "\" at " + r.start() + "-" + r.end())
                    .collect(Collectors.joining("; ")));
        }
        return text;
    }

    /** Characters as a reader counts them: a CJK character or an emoji is one. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
