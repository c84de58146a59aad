package io.zhuanhua.compliance;

/**
 * A safety or compliance risk; the same names as the proto enum {@code zhuanhua.common.v1.RiskType} without its
 * {@code RISK_TYPE_} prefix, so {@code RiskType.valueOf(proto.name().substring(10))} maps one to the other.
 */
public enum RiskType {
    /** A link outside the platform's own domains, sent by a buyer (possible phishing). */
    PHISHING_LINK,
    /** A file sent by a buyer (possible malware). */
    FILE_ATTACHMENT,
    /** Moving the buyer to QQ, WeChat, phone or another off-platform channel (offered or asked for). */
    OFF_PLATFORM_CONTACT,
    /** A buyer posing as the platform (violation notices, "sign here"). */
    FAKE_OFFICIAL_NOTICE,
    /** Naming a rival platform where this platform punishes it (agent and bot messages, scripts). */
    RIVAL_PLATFORM,
    /** An absolute promise or superlative (绝对, 保证, 100%, 最, 第一) in an agent or bot message or a script. */
    ABSOLUTE_PROMISE,
    /** Personal data (phone number, address, id number ...) that must be masked in bulk output. */
    PERSONAL_DATA
}
