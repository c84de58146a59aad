package io.zhuanhua.scripts.suggest;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.DefaultPlaybook;
import io.zhuanhua.scripts.playbook.Language;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ReplyScripts;
import io.zhuanhua.scripts.playbook.ScriptContent;

/** Answers "what can I reply to this?" for a shop's agents and bots. */
@Startup // loads the default playbook at boot, so a broken resource stops the service instead of a request
@ApplicationScoped
public class Suggestions {
    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 20;

    private final ReplyScripts scripts;
    private final DefaultPlaybook defaults = DefaultPlaybook.load(Language.DEFAULT);

    public Suggestions(ReplyScripts scripts) {
        this.scripts = scripts;
    }

    /**
     * Ranked replies for the category; a null category means none was given, an empty language means
     * {@value Language#DEFAULT}, a limit of 0 means {@value #DEFAULT_LIMIT}.
     */
    public List<Suggestion> suggest(String shopId, Category category, String language, int limit) {
        if (category == null) {
            throw new InvalidFieldException("category", "required");
        }
        String lang = Language.normalize("language", language);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be 1 to " + MAX_LIMIT + ", or 0 for " + DEFAULT_LIMIT);
        }
        List<ReplyScript> own = scripts.forCategory(shopId, category, lang);
        Optional<ScriptContent> fallback = defaults.language().equals(lang) ? defaults.forCategory(category)
                : Optional.empty();
        return SuggestionRanking.rank(category, lang, own, fallback, limit == 0 ? DEFAULT_LIMIT : limit);
    }
}
