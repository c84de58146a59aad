package io.zhuanhua.chat.ingest;

import io.zhuanhua.chat.lost.CueHits;
import io.zhuanhua.chat.profile.LineCues;

/** What the conversation analyses read from one message's words: its loss cues and customer-type cues. */
public record LineReading(CueHits lossCues, LineCues customerCues) {
}
