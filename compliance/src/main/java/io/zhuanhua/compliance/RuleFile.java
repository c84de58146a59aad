package io.zhuanhua.compliance;

/**
 * The rule files under {@code /compliance/} on the class path. Each has a header comment that documents its
 * format; a shop or platform config can supply more lines in the same format through
 * {@link ComplianceRules.Builder#load(RuleFile, java.io.Reader)}.
 */
public enum RuleFile {
    /** The platforms' own link domains and the TLDs that make a bare host a link. */
    PLATFORM_DOMAINS("platform-domains.tsv"),
    /** Attachment name extensions that make an attachment a file. */
    FILE_EXTENSIONS("file-extensions.tsv"),
    /** Off-platform contact cues, their exemptions and negators. */
    OFF_PLATFORM_CUES("off-platform-cues.tsv"),
    /** Fake official notice cues (notice, sanction, action). */
    OFFICIAL_NOTICE_CUES("official-notice-cues.tsv"),
    /** Rival platform aliases and which platform punishes which rival. */
    RIVAL_PLATFORMS("rival-platforms.tsv"),
    /** Absolute promises and superlatives, their exemptions and negators. */
    ABSOLUTE_WORDS("absolute-words.tsv"),
    /** Cues that decide ambiguous digit runs (bank card or order number) and service-hotline prefixes. */
    PERSONAL_DATA("personal-data.tsv"),
    /** The agent instruction per risk type. */
    RISK_INSTRUCTIONS("risk-instructions.tsv");

    private final String fileName;

    RuleFile(String fileName) {
        this.fileName = fileName;
    }

    /** The file name, e.g. {@code rival-platforms.tsv}. */
    public String fileName() {
        return fileName;
    }

    /** The class-path resource, e.g. {@code /compliance/rival-platforms.tsv}. */
    public String resourcePath() {
        return "/compliance/" + fileName;
    }
}
