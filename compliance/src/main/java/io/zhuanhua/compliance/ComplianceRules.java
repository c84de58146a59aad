package io.zhuanhua.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The chat safety and compliance rules, and the one source of truth for their word lists: chat-service runs
 * {@link #detect} on every message and {@link #lint} on agents' drafts; scripts-service runs {@link #lint} when a
 * script is saved; both use {@link #mask} for anything that leaves the service in bulk (lists, exports, logs).
 *
 * <p>Immutable and thread-safe: build once ({@link #defaults()} is cached), share everywhere. Word lists are
 * compiled into one Aho-Corasick automaton and a few precompiled regular expressions; no reflection.
 *
 * <p>Which rules apply to whom ({@link #detect}):
 * <table>
 *   <caption>rules by speaker</caption>
 *   <tr><th>risk</th><th>checked in messages from</th></tr>
 *   <tr><td>PHISHING_LINK</td><td>buyers</td></tr>
 *   <tr><td>FILE_ATTACHMENT</td><td>buyers (attachments)</td></tr>
 *   <tr><td>OFF_PLATFORM_CONTACT</td><td>everyone (agents and bots offering it, buyers asking for it); phone
 *       numbers count by themselves only in agent and bot messages</td></tr>
 *   <tr><td>FAKE_OFFICIAL_NOTICE</td><td>buyers</td></tr>
 *   <tr><td>RIVAL_PLATFORM</td><td>agents and bots</td></tr>
 *   <tr><td>ABSOLUTE_PROMISE</td><td>agents and bots</td></tr>
 *   <tr><td>PERSONAL_DATA</td><td>everyone</td></tr>
 * </table>
 */
public final class ComplianceRules {

    // tag kinds attached to literal words (kind << 16 | data)
    static final int CONTACT = 1;
    static final int CONTACT_ID = 2;
    static final int CONTACT_EXEMPT = 3;
    static final int CONTACT_NEG = 4;
    static final int NOTICE = 5;
    static final int SANCTION = 6;
    static final int ACTION = 7;
    static final int RIVAL = 8;
    static final int RIVAL_EXEMPT = 9;
    static final int ABS_WORD = 10;
    static final int ABS_PREFIX = 11;
    static final int ABS_EXEMPT = 12;
    static final int ABS_NEG = 13;
    static final int BANK_CUE = 14;
    static final int ORDER_CUE = 15;
    static final int CONTACT_ADDRESS = 16;
    static final int KINDS = 17;

    private static final String URL_CHARS = "[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";

    private final Builder spec;
    final Literals literals;
    final int maxWordLength;
    final int[][] tags;
    final boolean[] leftCheck;
    final boolean[] rightCheck;
    final String[] rivalKeys;
    final EnumMap<Platform, BitSet> punished;
    final BitSet punishedAnywhere;
    final EnumMap<Platform, String[]> ownDomains;
    final Pattern linkPattern;
    final Set<String> riskyExtensions;
    final String[] servicePrefixes;
    final int contactWindow;
    final int absoluteWindow;
    private final EnumMap<RiskType, String> buyerInstructions;
    private final EnumMap<RiskType, String> shopInstructions;
    private final Map<String, String> versions;

    private ComplianceRules(Builder b) {
        this.spec = b.copy();
        // literal index
        Map<String, List<Integer>> words = new LinkedHashMap<>();
        addAll(words, b.contactCues, CONTACT, 0);
        addAll(words, b.contactIdCues, CONTACT_ID, 0);
        addAll(words, b.contactExempts, CONTACT_EXEMPT, 0);
        addAll(words, b.contactNegators, CONTACT_NEG, 0);
        addAll(words, b.addressContext, CONTACT_ADDRESS, 0);
        addAll(words, b.noticeCues, NOTICE, 0);
        addAll(words, b.sanctionCues, SANCTION, 0);
        addAll(words, b.actionCues, ACTION, 0);
        List<String> keys = new ArrayList<>(b.rivalAliases.keySet());
        for (int k = 0; k < keys.size(); k++) {
            addAll(words, b.rivalAliases.get(keys.get(k)), RIVAL, k);
        }
        addAll(words, b.rivalExempts, RIVAL_EXEMPT, 0);
        addAll(words, b.absoluteWords, ABS_WORD, 0);
        addAll(words, b.absolutePrefixes, ABS_PREFIX, 0);
        addAll(words, b.absoluteExempts, ABS_EXEMPT, 0);
        addAll(words, b.absoluteNegators, ABS_NEG, 0);
        addAll(words, b.bankCues, BANK_CUE, 0);
        addAll(words, b.orderCues, ORDER_CUE, 0);
        List<String> patterns = new ArrayList<>(words.keySet());
        this.literals = new Literals(patterns);
        this.maxWordLength = literals.maxLength();
        this.tags = new int[patterns.size()][];
        this.leftCheck = new boolean[patterns.size()];
        this.rightCheck = new boolean[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            List<Integer> t = words.get(patterns.get(p));
            tags[p] = t.stream().mapToInt(Integer::intValue).toArray();
            String w = patterns.get(p);
            int lead = 0;
            while (lead < w.length() && Text.asciiLetter(w.charAt(lead))) {
                lead++;
            }
            int trail = 0;
            while (trail < w.length() && Text.asciiLetter(w.charAt(w.length() - 1 - trail))) {
                trail++;
            }
            leftCheck[p] = lead >= 1 && lead <= 3;
            rightCheck[p] = trail >= 1 && trail <= 3;
        }
        // rivals
        this.rivalKeys = keys.toArray(new String[0]);
        this.punished = new EnumMap<>(Platform.class);
        this.punishedAnywhere = new BitSet();
        for (Platform p : Platform.values()) {
            BitSet bits = new BitSet();
            for (String key : b.punished.getOrDefault(p, Set.of())) {
                int k = keys.indexOf(key);
                if (k < 0) {
                    throw new IllegalArgumentException("platform " + p + " punishes unknown rival " + key);
                }
                bits.set(k);
            }
            punished.put(p, bits);
            punishedAnywhere.or(bits);
        }
        // links
        this.ownDomains = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            ownDomains.put(p, b.ownDomains.getOrDefault(p, Set.of()).toArray(new String[0]));
        }
        List<String> tlds = new ArrayList<>(b.tlds);
        tlds.sort((x, y) -> y.length() - x.length());
        StringBuilder alt = new StringBuilder();
        for (String t : tlds) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(t));
        }
        String bare = tlds.isEmpty() ? "(?!)"
                : "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,10}(?:" + alt + ")(?![a-z0-9-])(?::[0-9]{1,5})?(?:[/?#]"
                + URL_CHARS + "*)?";
        this.linkPattern = Pattern.compile("(?<![a-z0-9@._%+-])(?:(?:https?|ftp)://" + URL_CHARS + "+|" + bare + ")");
        this.riskyExtensions = Set.copyOf(b.riskyExtensions);
        this.servicePrefixes = b.servicePrefixes.toArray(new String[0]);
        this.contactWindow = b.contactNegationWindow;
        this.absoluteWindow = b.absoluteNegationWindow;
        this.buyerInstructions = new EnumMap<>(RiskType.class);
        this.shopInstructions = new EnumMap<>(RiskType.class);
        for (RiskType t : RiskType.values()) {
            String any = b.instructions.getOrDefault(t + "/ANY", "");
            buyerInstructions.put(t, b.instructions.getOrDefault(t + "/BUYER", any));
            shopInstructions.put(t, b.instructions.getOrDefault(t + "/SHOP", any));
        }
        this.versions = Collections.unmodifiableMap(new LinkedHashMap<>(b.versions));
    }

    private static void addAll(Map<String, List<Integer>> words, Set<String> list, int kind, int data) {
        for (String w : list) {
            words.computeIfAbsent(w, k -> new ArrayList<>(1)).add(kind << 16 | data);
        }
    }

    // ------------------------------------------------------------------------------------------ factories

    /** The default rules from the resource files under {@code /compliance/} (loaded once, cached). */
    public static ComplianceRules defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final ComplianceRules INSTANCE = builder().loadDefaults().build();
    }

    /** An empty builder (no words, no domains); call {@link Builder#loadDefaults()} to start from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything these rules hold, to add (or lift) rules for a shop or a platform. */
    public Builder toBuilder() {
        return spec.copy();
    }

    /** These rules plus whatever {@code extra} adds: {@code defaults().withExtra(b -> b.ownDomain(OWN_SITE, "myshop.com"))}. */
    public ComplianceRules withExtra(Consumer<Builder> extra) {
        Builder b = toBuilder();
        extra.accept(b);
        return b.build();
    }

    /** Version of each loaded rule file (file name to the {@code # version:} header), for audit logs. */
    public Map<String, String> versions() {
        return versions;
    }

    // ------------------------------------------------------------------------------------------ API

    /** {@link #detect(Platform, Speaker, String, List)} without attachments. */
    public List<Risk> detect(Platform platform, Speaker speaker, String text) {
        return detect(platform, speaker, text, List.of());
    }

    /**
     * The risks in one chat message, ordered by start offset (attachment risks, at -1, first).
     *
     * @param platform    where the chat happens (decides own link domains and punished rival names)
     * @param speaker     who wrote it (decides which rules apply, see the class comment)
     * @param text        the message text (null is treated as empty)
     * @param attachments the message's attachments (null is treated as none)
     */
    public List<Risk> detect(Platform platform, Speaker speaker, String text, List<Attachment> attachments) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(speaker, "speaker");
        List<Risk> out = new ArrayList<>(2);
        if (speaker == Speaker.BUYER && attachments != null) {
            for (Attachment a : attachments) {
                if (isRiskyAttachment(a)) {
                    out.add(new Risk(RiskType.FILE_ATTACHMENT, -1, -1, a.name(), instruction(RiskType.FILE_ATTACHMENT, speaker)));
                }
            }
        }
        if (text != null && !text.isEmpty()) {
            Analysis a = new Analysis(this, text);
            if (speaker == Speaker.BUYER) {
                a.phishing(platform, out);
                a.fakeNotice(platform, out);
            }
            a.contact(speaker, out);
            if (speaker.isShop()) {
                a.rival(punished.get(platform), out);
                a.absolute(out);
            }
            a.personalData(out, instruction(RiskType.PERSONAL_DATA, speaker));
            sort(out);
        }
        return out;
    }

    /**
     * Lint for shop-side text (an agent's draft, a script or quick phrase at save time): absolute promises,
     * off-platform contact (including any phone number) and rival platform names.
     *
     * @param platform the platform the text is for, or null for text used on every platform (then any name
     *                 that any platform punishes is flagged)
     * @param text     the reply text
     * @return the offending spans, ordered by start; empty when the text is clean
     */
    public List<Risk> lint(Platform platform, String text) {
        List<Risk> out = new ArrayList<>(2);
        if (text == null || text.isEmpty()) {
            return out;
        }
        Analysis a = new Analysis(this, text);
        a.contact(Speaker.AGENT, out);
        a.rival(platform == null ? punishedAnywhere : punished.get(platform), out);
        a.absolute(out);
        sort(out);
        return out;
    }

    /** The personal data in a text (phone numbers, id numbers, bank cards, e-mail, addresses, contact ids). */
    public List<Risk> personalData(String text) {
        List<Risk> out = new ArrayList<>(2);
        if (text != null && !text.isEmpty()) {
            new Analysis(this, text).personalData(out, instruction(RiskType.PERSONAL_DATA, Speaker.SYSTEM));
            sort(out);
        }
        return out;
    }

    /**
     * The text with personal data masked, for anything that leaves the service in bulk (lists, exports, logs).
     * The result has the same length as the input (each masked character becomes '*'), so offsets stay valid:
     * {@code 13812345678} becomes {@code 138****5678}, {@code 浙江省杭州市西湖区文三路123号} becomes
     * {@code 浙江省杭州市西湖区*********}.
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return new Analysis(this, text).masked();
    }

    /**
     * An account name (a buyer's nickname, a contact id) masked for exports, the way ids after a contact cue
     * are masked in text: the first and last characters stay (two each from seven characters on), the rest
     * become '*', so {@code 小明爱购物} becomes {@code 小***物}; a name of one or two characters keeps only its
     * first. Counts characters, not UTF-16 units, so an emoji is one masked character.
     */
    public String maskAccount(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] chars = name.codePoints().toArray();
        int keep = chars.length <= 2 ? 0 : Analysis.keptAtEachEnd(chars.length);
        StringBuilder masked = new StringBuilder(name.length());
        masked.appendCodePoint(chars[0]);
        for (int i = 1; i < chars.length; i++) {
            masked.appendCodePoint(i < keep || i >= chars.length - keep ? chars[i] : '*');
        }
        return masked.toString();
    }

    /** Whether a buyer's attachment is a file that must not be opened (kind FILE, or a risky extension). */
    public boolean isRiskyAttachment(Attachment a) {
        if (a.kind() == Attachment.Kind.FILE) {
            return true;
        }
        String name = a.name();
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u202E' || c == '\u202D' || c == '\u2066' || c == '\u2067' || c == '\u2068') {
                return true; // bidi override: disguised extension
            }
            sb.append(Text.fold(c));
        }
        String n = sb.toString().trim();
        int dot = n.lastIndexOf('.');
        return dot >= 0 && riskyExtensions.contains(n.substring(dot + 1).trim());
    }

    /** Whether a host (or a URL) is the platform's own domain or a subdomain of it. */
    public boolean isOwnDomain(Platform platform, String hostOrUrl) {
        return isOwnHost(platform, Analysis.hostOf(new Text(hostOrUrl).folded));
    }

    boolean isOwnHost(Platform platform, String host) {
        for (String d : ownDomains.get(platform)) {
            if (host.equals(d) || (host.endsWith(d) && host.length() > d.length()
                    && host.charAt(host.length() - d.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** The instruction for a risk from this speaker (BUYER side, or SHOP side for everyone else). */
    public String instruction(RiskType type, Speaker speaker) {
        return (speaker == Speaker.BUYER ? buyerInstructions : shopInstructions).get(type);
    }

    String rivalKey(int k) {
        return rivalKeys[k];
    }

    private static void sort(List<Risk> out) {
        if (out.size() > 1) {
            out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                    : x.end() != y.end() ? Integer.compare(x.end(), y.end()) : x.type().compareTo(y.type()));
        }
    }

    // ------------------------------------------------------------------------------------------ builder

    /**
     * Collects words and domains; {@link #build()} compiles them. Not thread-safe; the built rules are.
     * Every word goes through the same folding as the texts (full-width to ASCII, lower case, fillers dropped).
     */
    public static final class Builder {
        final Map<Platform, Set<String>> ownDomains = new EnumMap<>(Platform.class);
        final Set<String> tlds = new LinkedHashSet<>();
        final Set<String> riskyExtensions = new LinkedHashSet<>();
        final Set<String> contactCues = new LinkedHashSet<>();
        final Set<String> contactIdCues = new LinkedHashSet<>();
        final Set<String> contactExempts = new LinkedHashSet<>();
        final Set<String> contactNegators = new LinkedHashSet<>();
        int contactNegationWindow = 6;
        final Set<String> addressContext = new LinkedHashSet<>();
        final Set<String> noticeCues = new LinkedHashSet<>();
        final Set<String> sanctionCues = new LinkedHashSet<>();
        final Set<String> actionCues = new LinkedHashSet<>();
        final Map<String, Set<String>> rivalAliases = new LinkedHashMap<>();
        final Set<String> rivalExempts = new LinkedHashSet<>();
        final Map<Platform, Set<String>> punished = new EnumMap<>(Platform.class);
        final Set<String> absoluteWords = new LinkedHashSet<>();
        final Set<String> absolutePrefixes = new LinkedHashSet<>();
        final Set<String> absoluteExempts = new LinkedHashSet<>();
        final Set<String> absoluteNegators = new LinkedHashSet<>();
        int absoluteNegationWindow = 3;
        final Set<String> bankCues = new LinkedHashSet<>();
        final Set<String> orderCues = new LinkedHashSet<>();
        final Set<String> servicePrefixes = new LinkedHashSet<>();
        final Map<String, String> instructions = new LinkedHashMap<>();
        final Map<String, String> versions = new LinkedHashMap<>();

        Builder() {
        }

        Builder copy() {
            Builder c = new Builder();
            ownDomains.forEach((k, v) -> c.ownDomains.put(k, new LinkedHashSet<>(v)));
            c.tlds.addAll(tlds);
            c.riskyExtensions.addAll(riskyExtensions);
            c.contactCues.addAll(contactCues);
            c.contactIdCues.addAll(contactIdCues);
            c.contactExempts.addAll(contactExempts);
            c.contactNegators.addAll(contactNegators);
            c.contactNegationWindow = contactNegationWindow;
            c.addressContext.addAll(addressContext);
            c.noticeCues.addAll(noticeCues);
            c.sanctionCues.addAll(sanctionCues);
            c.actionCues.addAll(actionCues);
            rivalAliases.forEach((k, v) -> c.rivalAliases.put(k, new LinkedHashSet<>(v)));
            c.rivalExempts.addAll(rivalExempts);
            punished.forEach((k, v) -> c.punished.put(k, new LinkedHashSet<>(v)));
            c.absoluteWords.addAll(absoluteWords);
            c.absolutePrefixes.addAll(absolutePrefixes);
            c.absoluteExempts.addAll(absoluteExempts);
            c.absoluteNegators.addAll(absoluteNegators);
            c.absoluteNegationWindow = absoluteNegationWindow;
            c.bankCues.addAll(bankCues);
            c.orderCues.addAll(orderCues);
            c.servicePrefixes.addAll(servicePrefixes);
            c.instructions.putAll(instructions);
            c.versions.putAll(versions);
            return c;
        }

        /** Loads every default resource file under {@code /compliance/}. */
        public Builder loadDefaults() {
            for (RuleFile f : RuleFile.values()) {
                InputStream in = ComplianceRules.class.getResourceAsStream(f.resourcePath());
                if (in == null) {
                    throw new IllegalStateException("missing resource " + f.resourcePath());
                }
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    load(f, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Adds the lines of a rule file in the format documented in its default resource (e.g. a shop's extra words). */
        public Builder load(RuleFile file, String content) {
            return load(file, new StringReader(content));
        }

        /** Adds the lines of a rule file in the format documented in its default resource. */
        public Builder load(RuleFile file, Reader reader) {
            BufferedReader br = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
            int lineNo = 0;
            try {
                String line;
                while ((line = br.readLine()) != null) {
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    String trimmed = line.strip();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    if (trimmed.startsWith("#")) {
                        String c = trimmed.substring(1).strip();
                        if (c.startsWith("version:")) {
                            String v = c.substring("version:".length()).strip();
                            versions.merge(file.fileName(), v, (a, b) -> a + "+" + b);
                        }
                        continue;
                    }
                    String[] cols = line.split("\t");
                    try {
                        apply(file, cols);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(file.fileName() + ":" + lineNo + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private static String col(String[] cols, int i) {
            if (i >= cols.length || cols[i].strip().isEmpty()) {
                throw new IllegalArgumentException("missing column " + (i + 1));
            }
            return cols[i].strip();
        }

        private static String[] list(String[] cols, int i) {
            return col(cols, i).split(",");
        }

        private void apply(RuleFile file, String[] cols) {
            String kind = col(cols, 0);
            switch (file) {
                case PLATFORM_DOMAINS -> {
                    switch (kind) {
                        case "own" -> ownDomain(Platform.valueOf(col(cols, 1)), list(cols, 2));
                        case "tld" -> linkTld(list(cols, 1));
                        default -> throw unknown(kind);
                    }
                }
                case FILE_EXTENSIONS -> {
                    if (!kind.equals("risky")) {
                        throw unknown(kind);
                    }
                    riskyExtension(list(cols, 1));
                }
                case OFF_PLATFORM_CUES -> {
                    switch (kind) {
                        case "cue" -> offPlatformCue(list(cols, 1));
                        case "id-cue" -> offPlatformIdCue(list(cols, 1));
                        case "exempt" -> offPlatformExempt(list(cols, 1));
                        case "negator" -> offPlatformNegator(list(cols, 1));
                        case "negation-window" -> contactNegationWindow = Integer.parseInt(col(cols, 1));
                        case "address-context" -> offPlatformAddressContext(list(cols, 1));
                        default -> throw unknown(kind);
                    }
                }
                case OFFICIAL_NOTICE_CUES -> {
                    switch (kind) {
                        case "notice" -> officialNoticeCue(list(cols, 1));
                        case "sanction" -> officialSanctionCue(list(cols, 1));
                        case "action" -> officialActionCue(list(cols, 1));
                        default -> throw unknown(kind);
                    }
                }
                case RIVAL_PLATFORMS -> {
                    switch (kind) {
                        case "rival" -> rivalAlias(col(cols, 1), list(cols, 2));
                        case "exempt" -> rivalExempt(list(cols, 1));
                        case "punish" -> punishRival(Platform.valueOf(col(cols, 1)), list(cols, 2));
                        default -> throw unknown(kind);
                    }
                }
                case ABSOLUTE_WORDS -> {
                    switch (kind) {
                        case "word" -> absoluteWord(list(cols, 1));
                        case "prefix" -> absolutePrefix(list(cols, 1));
                        case "exempt" -> absoluteExempt(list(cols, 1));
                        case "negator" -> absoluteNegator(list(cols, 1));
                        case "negation-window" -> absoluteNegationWindow = Integer.parseInt(col(cols, 1));
                        default -> throw unknown(kind);
                    }
                }
                case PERSONAL_DATA -> {
                    switch (kind) {
                        case "bank-cue" -> add(bankCues, list(cols, 1));
                        case "order-cue" -> add(orderCues, list(cols, 1));
                        case "service-prefix" -> {
                            for (String p : list(cols, 1)) {
                                if (!p.strip().matches("[0-9]{1,9}")) {
                                    throw new IllegalArgumentException("service-prefix must be digits: " + p);
                                }
                                servicePrefixes.add(p.strip());
                            }
                        }
                        default -> throw unknown(kind);
                    }
                }
                case RISK_INSTRUCTIONS -> {
                    if (!kind.equals("instruction")) {
                        throw unknown(kind);
                    }
                    String side = col(cols, 2);
                    if (!side.equals("ANY") && !side.equals("BUYER") && !side.equals("SHOP")) {
                        throw new IllegalArgumentException("side must be ANY, BUYER or SHOP: " + side);
                    }
                    instruction(RiskType.valueOf(col(cols, 1)), side, col(cols, 3));
                }
                default -> throw unknown(kind);
            }
        }

        private static IllegalArgumentException unknown(String kind) {
            return new IllegalArgumentException("unknown rule kind '" + kind + "'");
        }

        private static void add(Set<String> set, String... words) {
            for (String w : words) {
                String n = Text.normalizeWord(w.strip());
                if (!n.isEmpty()) {
                    set.add(n);
                }
            }
        }

        /** Domains (and their subdomains) that are the platform's own: links to them are not phishing. */
        public Builder ownDomain(Platform platform, String... domains) {
            Set<String> set = ownDomains.computeIfAbsent(platform, k -> new LinkedHashSet<>());
            for (String d : domains) {
                String n = d.strip().toLowerCase(Locale.ROOT);
                while (n.startsWith(".")) {
                    n = n.substring(1);
                }
                if (!n.isEmpty()) {
                    set.add(n);
                }
            }
            return this;
        }

        /** Top-level domains that make a bare host (without scheme) a link. */
        public Builder linkTld(String... tld) {
            for (String t : tld) {
                String n = t.strip().toLowerCase(Locale.ROOT);
                if (!n.matches("[a-z]{2,20}")) {
                    throw new IllegalArgumentException("bad tld " + t);
                }
                tlds.add(n);
            }
            return this;
        }

        /** Attachment name extensions that make an attachment a file. */
        public Builder riskyExtension(String... ext) {
            for (String e : ext) {
                String n = e.strip().toLowerCase(Locale.ROOT);
                if (n.startsWith(".")) {
                    n = n.substring(1);
                }
                if (!n.isEmpty()) {
                    riskyExtensions.add(n);
                }
            }
            return this;
        }

        /** Off-platform contact words that flag on their own. */
        public Builder offPlatformCue(String... words) {
            add(contactCues, words);
            return this;
        }

        /** Off-platform contact words that flag only when a contact id follows. */
        public Builder offPlatformIdCue(String... words) {
            add(contactIdCues, words);
            return this;
        }

        /** Phrases inside which an off-platform cue does not count. */
        public Builder offPlatformExempt(String... phrases) {
            add(contactExempts, phrases);
            return this;
        }

        /** Words that turn a following off-platform cue into a refusal. */
        public Builder offPlatformNegator(String... words) {
            add(contactNegators, words);
            return this;
        }

        /** Words that make a phone number in a shop message part of a postal address ("退货地址"), not contact. */
        public Builder offPlatformAddressContext(String... words) {
            add(addressContext, words);
            return this;
        }

        /** Fake-notice framing words ("官方通知"). */
        public Builder officialNoticeCue(String... words) {
            add(noticeCues, words);
            return this;
        }

        /** Fake-notice sanction words ("违规", "冻结"). */
        public Builder officialSanctionCue(String... words) {
            add(sanctionCues, words);
            return this;
        }

        /** Fake-notice action words ("签署", "扫码"). */
        public Builder officialActionCue(String... words) {
            add(actionCues, words);
            return this;
        }

        /** Words that name rival {@code key} (a new key is created on first use). */
        public Builder rivalAlias(String key, String... aliases) {
            add(rivalAliases.computeIfAbsent(key.strip(), k -> new LinkedHashSet<>()), aliases);
            return this;
        }

        /** Words inside which a rival alias does not count. */
        public Builder rivalExempt(String... words) {
            add(rivalExempts, words);
            return this;
        }

        /** On {@code platform}, naming these rivals is flagged. */
        public Builder punishRival(Platform platform, String... keys) {
            Set<String> set = punished.computeIfAbsent(platform, k -> new LinkedHashSet<>());
            for (String k : keys) {
                if (!k.strip().isEmpty()) {
                    set.add(k.strip());
                }
            }
            return this;
        }

        /** On {@code platform}, naming these rivals is no longer flagged. */
        public Builder unpunishRival(Platform platform, String... keys) {
            Set<String> set = punished.get(platform);
            if (set != null) {
                for (String k : keys) {
                    set.remove(k.strip());
                }
            }
            return this;
        }

        /** Absolute-promise words. */
        public Builder absoluteWord(String... words) {
            add(absoluteWords, words);
            return this;
        }

        /** Absolute-promise prefixes, flagged with the next Chinese character ("最"). */
        public Builder absolutePrefix(String... prefixes) {
            add(absolutePrefixes, prefixes);
            return this;
        }

        /** Phrases inside which an absolute word or prefix does not count. */
        public Builder absoluteExempt(String... phrases) {
            add(absoluteExempts, phrases);
            return this;
        }

        /** Words that turn a following absolute word into a non-promise. */
        public Builder absoluteNegator(String... words) {
            add(absoluteNegators, words);
            return this;
        }

        /** Replaces the instruction for a risk type; side is ANY, BUYER or SHOP. */
        public Builder instruction(RiskType type, String side, String text) {
            instructions.put(type + "/" + side, text);
            return this;
        }

        /** Compiles the rules. */
        public ComplianceRules build() {
            return new ComplianceRules(this);
        }
    }
}
