package io.zhuanhua.chat.grpc;

import java.time.Instant;

import com.google.protobuf.Timestamp;

import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ConversationClosed;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.chat.v1.TransferredToHuman;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;

/** Readable chat events for tests: who said what, when. */
final class ChatEvents {
    private ChatEvents() {
    }

    static ChatEvent buyer(String id, String buyer, Instant at, String text) {
        return message(id, buyer, at, Role.ROLE_BUYER, "", text);
    }

    static ChatEvent agent(String id, String buyer, Instant at, String agent, String text) {
        return message(id, buyer, at, Role.ROLE_AGENT, agent, text);
    }

    static ChatEvent bot(String id, String buyer, Instant at, String text) {
        return message(id, buyer, at, Role.ROLE_BOT, "xiaomi", text);
    }

    static ChatEvent transfer(String id, String buyer, Instant at, String agent) {
        return base(id, buyer, at).setTransferredToHuman(TransferredToHuman.newBuilder().setAgentId(agent)).build();
    }

    static ChatEvent close(String id, String buyer, Instant at) {
        return base(id, buyer, at).setConversationClosed(ConversationClosed.getDefaultInstance()).build();
    }

    static ChatEvent message(String id, String buyer, Instant at, Role role, String agent, String text) {
        return base(id, buyer, at)
                .setMessagePosted(MessagePosted.newBuilder().setSenderRole(role).setAgentId(agent).setText(text)).build();
    }

    private static ChatEvent.Builder base(String id, String buyer, Instant at) {
        return ChatEvent.newBuilder().setEventId(id).setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId(buyer)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()));
    }
}
