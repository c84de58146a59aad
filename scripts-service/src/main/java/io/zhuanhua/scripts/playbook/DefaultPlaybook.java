package io.zhuanhua.scripts.playbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * The replies every shop starts with: one script per category, shipped as a resource
 * {@code playbook/default-<language>.txt}. The format is made for people editing it:
 *
 * <pre>
 * # a comment
 * [SHIPPING_FEE] 包邮说明
 * first variant, one per line
 * second variant
 * (a blank line ends the script)
 * </pre>
 */
public final class DefaultPlaybook {
    private static final Pattern HEADER = Pattern.compile("\\[([A-Z_]+)]\\s*(.+)");

    private final String language;
    private final Map<Category, ScriptContent> scripts;

    private DefaultPlaybook(String language, Map<Category, ScriptContent> scripts) {
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
        Map<Category, ScriptContent> scripts = new EnumMap<>(Category.class);
        BufferedReader lines = new BufferedReader(text);
        Category category = null;
        String title = null;
        List<String> variants = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            number++;
            boolean end = line == null || line.isBlank();
            if (end && category != null) {
                scripts.put(category, script(source, number, category, title, variants, language));
                category = null;
                variants.clear();
            }
            if (line == null) {
                break;
            }
            if (end || line.startsWith("#")) {
                continue;
            }
            if (category == null) {
                Matcher header = HEADER.matcher(line.strip());
                if (!header.matches()) {
                    throw error(source, number, "expected \"[CATEGORY] title\", found: " + line);
                }
                category = category(source, number, header.group(1));
                if (scripts.containsKey(category)) {
                    throw error(source, number, category + " appears twice");
                }
                title = header.group(2);
            } else {
                variants.add(line);
            }
        }
        return new DefaultPlaybook(language, scripts);
    }

    public String language() {
        return language;
    }

    public Set<Category> categories() {
        return scripts.keySet();
    }

    public Optional<ScriptContent> forCategory(Category category) {
        return Optional.ofNullable(scripts.get(category));
    }

    private static Category category(String source, int line, String code) {
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw error(source, line, "unknown category " + code);
        }
    }

    private static ScriptContent script(String source, int line, Category category, String title,
            List<String> variants, String language) {
        try {
            return ScriptContent.of(category, title, variants, language);
        } catch (InvalidFieldException e) {
            throw error(source, line, "script " + category + " ending here: " + e.getMessage());
        }
    }

    private static IllegalStateException error(String source, int line, String problem) {
        return new IllegalStateException(source + " line " + line + ": " + problem);
    }
}
