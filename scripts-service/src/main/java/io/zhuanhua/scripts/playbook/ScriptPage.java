package io.zhuanhua.scripts.playbook;

import java.util.List;
import java.util.Optional;

/** One page of a shop's scripts, and where the next one starts if there is more. */
public record ScriptPage(List<ReplyScript> scripts, Optional<PageToken> next) {
}
