package io.zhuanhua.chat.conversation;

/** Where the shop sells; the names match the proto enum {@code zhuanhua.common.v1.Platform} without prefix. */
public enum Platform {
    TAOBAO, TMALL, JD, PINDUODUO, DOUYIN, OWN_SITE
}
