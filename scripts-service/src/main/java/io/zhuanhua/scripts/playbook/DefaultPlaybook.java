package io.zhuanhua.scripts.playbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * The replies every shop starts with, shipped as a resource {@code playbook/default-<language>.txt}: a script
 * per category, more for the main customer types, and scripts for the occasions without a question
 * (OFF_HOURS, UNPAID_ORDER). The format is made for people editing it:
 *
 * <pre>
 * # a comment
 * [SHIPPING_FEE] 包邮说明
 * first variant, one per line
 * second variant
 * (a blank line ends the script)
 *
 * [BARGAIN:price-sensitive] 议价（价格敏感） @PRICE_SENSITIVE
 * a script only for buyers showing every pole after '@'; ":name" tells it from the category's main script
 * </pre>
 * The bracketed key names the script: suggestions from it are "default:KEY:n" for its n-th variant.
 */
public final class DefaultPlaybook {
    private static final Pattern HEADER = Pattern
            .compile("\\[([A-Z_]+)(:[a-z0-9-]+)?]\\s*([^@]+?)\\s*((?:@[A-Z_]+\\s*)*)");

    /** A script of the playbook and its key, e.g. "BARGAIN:price-sensitive". */
    public record DefaultScript(String key, ScriptContent content) {
    }

    private final String language;
    private final Map<String, DefaultScript> scripts;

    private DefaultPlaybook(String language, Map<String, DefaultScript> scripts) {
        this.language = language;
        this.scripts = Collections.unmodifiableMap(scripts);
    }

    /** The playbook resource of that language; fails if it is missing or malformed (a build defect). */
    public static DefaultPlaybook load(String language) {
        String resource = resourceName(language);
        InputStream in = DefaultPlaybook.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no default playbook " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(resource, language, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static String resourceName(String language) {
        return "playbook/default-" + language + ".txt";
    }

    /** Parses the format above; {@code source} names the text in error messages. */
    public static DefaultPlaybook read(String source, String language, Reader text) throws IOException {
        Map<String, DefaultScript> scripts = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(text);
        Matcher header = null;
        int headerLine = 0;
        List<String> variants = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            number++;
            boolean end = line == null || line.isBlank();
            if (end && header != null) {
                DefaultScript script = script(source, headerLine, number, header, variants, language);
                scripts.put(script.key(), script);
                header = null;
                variants.clear();
            }
            if (line == null) {
                break;
            }
            if (end || line.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = HEADER.matcher(line.strip());
                headerLine = number;
                if (!header.matches()) {
                    throw error(source, number, "expected \"[CATEGORY] title\", found: " + line);
                }
                String key = header.group(1) + (header.group(2) == null ? "" : header.group(2));
                if (scripts.containsKey(key)) {
                    throw error(source, number, key + " appears twice");
                }
            } else {
                variants.add(line);
            }
        }
        return new DefaultPlaybook(language, scripts);
    }

    public String language() {
        return language;
    }

    /** Every script, in file order. */
    public Collection<DefaultScript> scripts() {
        return scripts.values();
    }

    /** The category's main script (the one without a ":name" and conditions). */
    public Optional<ScriptContent> forCategory(Category category) {
        return Optional.ofNullable(scripts.get(category.name())).map(DefaultScript::content);
    }

    /** Every script for the occasion (and, for answers, the category). */
    public List<DefaultScript> forTopic(Occasion occasion, Category category) {
        return scripts.values().stream().filter(s -> s.content().occasion() == occasion
                && (occasion != Occasion.ANSWER || s.content().category() == category)).toList();
    }

    /** The script whose header is on {@code headerLine} and which ends on {@code line}. */
    private static DefaultScript script(String source, int headerLine, int line, Matcher header,
            List<String> variants, String language) {
        String code = header.group(1);
        String key = code + (header.group(2) == null ? "" : header.group(2));
        Occasion occasion = Occasion.ANSWER;
        Category category = null;
        try {
            occasion = Occasion.valueOf(code);
        } catch (IllegalArgumentException notAnOccasion) {
            try {
                category = Category.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw error(source, headerLine, "unknown category " + code);
            }
        }
        List<CustomerPole> poles = new ArrayList<>();
        for (String pole : header.group(4).split("\\s*@")) {
            if (!pole.isBlank()) {
                try {
                    poles.add(CustomerPole.valueOf(pole.strip()));
                } catch (IllegalArgumentException e) {
                    throw error(source, headerLine, "script " + key + ": unknown customer pole " + pole.strip());
                }
            }
        }
        try {
            return new DefaultScript(key, ScriptContent.of(occasion, category, header.group(3), variants, language,
                    ScriptScope.of(poles, List.of(), List.of(), List.of())));
        } catch (InvalidFieldException e) {
            throw error(source, line, "script " + key + " ending here: " + e.getMessage());
        }
    }

    private static IllegalStateException error(String source, int line, String problem) {
        return new IllegalStateException(source + " line " + line + ": " + problem);
    }
}
