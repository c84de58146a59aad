package io.zhuanhua.scripts.playbook;

import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * What a reply script says: when it is sent (its occasion and, for answers, the question category), a short
 * title for agents, the wordings, their language, and which buyers and chats it is for.
 * Input from outside goes through {@link #of}, which validates and trims and rejects wording that breaks
 * the suite's compliance rules (absolute promises, off-platform contact, rival platforms on any platform,
 * since a script may be sent anywhere); the constructor is for content
 * that already passed it (read back from the database). Wordings may use {@link Variables}; an unknown one is
 * rejected.
 */
public record ScriptContent(Occasion occasion, Category category, String title, List<String> variants,
        String language, ScriptScope scope) {
    public static final int MAX_TITLE = 100;
    public static final int MAX_VARIANTS = 20;
    public static final int MAX_VARIANT = 1000;
    /** Must match the listing query's coalesce(category, 100 + occasion). */
    static final int OCCASION_SORT_BASE = 100;

    public ScriptContent {
        variants = List.copyOf(variants);
    }

    /** An answer to a question of the category, for every buyer and chat. */
    public static ScriptContent of(Category category, String title, List<String> variants, String language) {
        return of(Occasion.ANSWER, category, title, variants, language, ScriptScope.ANY);
    }

    /**
     * Validates and normalises raw input. Field names are those of the ReplyScript message; the caller adds
     * the enclosing path. A null category means none was given.
     */
    public static ScriptContent of(Occasion occasion, Category category, String title, List<String> variants,
            String language, ScriptScope scope) {
        if (occasion == Occasion.ANSWER && category == null) {
            throw new InvalidFieldException("category", "required");
        }
        if (occasion != Occasion.ANSWER && category != null) {
            throw new InvalidFieldException("category", "must be unset for occasion " + occasion);
        }
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidFieldException("title", "required");
        }
        if (ReplyText.length(cleanTitle) > MAX_TITLE) {
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
        return new ScriptContent(occasion, category, cleanTitle, cleanVariants,
                Language.normalize("language", language), scope);
    }

    /** The variables the wordings use, sorted. */
    public List<String> variables() {
        return variants.stream().flatMap(v -> Variables.names(v).stream()).distinct().sorted().toList();
    }

    /** Scripts list by this key: answers by category number, then the other occasions (100 + occasion number). */
    public int sortKey() {
        return occasion == Occasion.ANSWER ? category.number() : OCCASION_SORT_BASE + occasion.number();
    }

    static boolean isSortKey(int key) {
        return Category.ofNumber(key).isPresent()
                || (key > OCCASION_SORT_BASE + 1 && Occasion.ofNumber(key - OCCASION_SORT_BASE) != null);
    }

    /** Occasion and category as one key for people and ids: "BARGAIN" or "OFF_HOURS". */
    public String topic() {
        return occasion == Occasion.ANSWER ? category.name() : occasion.name();
    }

    private static String variant(String field, String raw) {
        String text = ReplyText.require(field, raw, MAX_VARIANT);
        try {
            Variables.names(text);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException(field, unknown.getMessage());
        }
        return ReplyText.compliant(field, text);
    }
}
