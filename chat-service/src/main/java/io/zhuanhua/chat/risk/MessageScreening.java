package io.zhuanhua.chat.risk;

import java.util.List;

import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.compliance.Attachment;
import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.compliance.RiskType;
import io.zhuanhua.compliance.Speaker;

/** Applies the suite's compliance rules to chat messages and agents' drafts. */
public final class MessageScreening {
    private final ComplianceRules rules;

    public MessageScreening(ComplianceRules rules) {
        this.rules = rules;
    }

    public List<Risk> screen(ChatEvent.Message m) {
        return screen(m.platform(), m.sender(), m.text(), m.attachments());
    }

    public List<Risk> screen(Platform platform, Sender sender, String text, List<ChatEvent.Attachment> attachments) {
        return rules.detect(platform(platform), speaker(sender), text, attachments.stream()
                .map(a -> new Attachment(Attachment.Kind.valueOf(a.kind().name()), a.name())).toList());
    }

    /** What an agent must fix in a draft before sending it. */
    public List<Risk> checkDraft(Platform platform, String draft) {
        return rules.lint(platform(platform), draft);
    }

    public String instruction(RiskType type, Sender sender) {
        return rules.instruction(type, speaker(sender));
    }

    /** Masks phone numbers, id numbers, addresses... for output that leaves the service in bulk. */
    public String mask(String text) {
        return rules.mask(text);
    }

    private static io.zhuanhua.compliance.Platform platform(Platform p) {
        return io.zhuanhua.compliance.Platform.valueOf(p.name());
    }

    private static Speaker speaker(Sender s) {
        return Speaker.valueOf(s.name());
    }
}
