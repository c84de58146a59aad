package io.zhuanhua.chat.lost;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.lost.Cues.Group;
import io.zhuanhua.chat.lost.Cues.Hit;
import io.zhuanhua.chat.lost.Cues.Section;
import io.zhuanhua.chat.lost.LossEvidence.Quote;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.taxonomy.LossSignal;

/**
 * Collects, per conversation, the evidence of why an inquiring buyer may not order (DOMAIN.md, "Why
 * inquiries are lost"), and the bot-to-human handoff facts. It reads the buyer lines' question
 * categories (as the classifier set them) and the words of both sides; the words are in the versioned
 * cue file {@value #DEFAULT_CUES}, the rules of each signal are here:
 * <ul>
 *   <li>NO_REPLY: no reply at all, or buyer lines after the last reply that ask something (a question, a
 *       greeting, a human; not thanks, not lines the classifier could not place);</li>
 *   <li>SLOW_FIRST_REPLY: the first reply, bot or human, later than the threshold after the first buyer
 *       message;</li>
 *   <li>HUMAN_REQUEST_UNANSWERED: no human message after the first HUMAN_AGENT request;</li>
 *   <li>OUT_OF_STOCK: a reply with a stock-out cue, once per item asked about;</li>
 *   <li>COURIER_NOT_OFFERED: a courier the buyer asked for (a named courier on a courier, dispatch or
 *       fee question) whose last answer was a refusal, a "no choice" or "we only ship X";</li>
 *   <li>BARGAIN_REFUSED: the last answered bargain got a refusal, or replies without any concession;</li>
 *   <li>SIZE_DOUBT_UNRESOLVED: the last size question or size doubt got no reply naming a size;</li>
 *   <li>QUALITY_DOUBT / AUTHENTICITY_DOUBT: doubt wording on a quality / authenticity question;</li>
 *   <li>SHIPPING_FEE_OBJECTION, DISPATCH_TOO_SLOW, PAGE_MISMATCH, HANDLING_COMPLAINT: the first such
 *       cue (buyer objections only once their topic is open; "这么贵" only right after a stated fee);</li>
 *   <li>NO_QUESTION: only greetings and thanks, and a reply came.</li>
 * </ul>
 * A pure function of the messages: the same conversation gives the same evidence. Immutable and
 * thread-safe.
 */
public final class LossEvidenceFinder {

    public static final String DEFAULT_CUES = "/lost/loss-cues-zh-v1.tsv";
    /** BARGAIN_REFUSED details: an explicit refusal, or replies without a concession. */
    public static final String REFUSED = "refused";
    public static final String NO_CONCESSION = "no concession";
    /** SIZE_DOUBT_UNRESOLVED details: no reply named a size, or the buyer doubted the size named. */
    public static final String UNANSWERED = "unanswered";
    public static final String DOUBT = "doubt";

    /** Categories that ask for an answer: every real question, a greeting (it asks for attention), a human. */
    private static final Set<Category> ASKS = EnumSet.copyOf(Arrays.stream(Category.values())
            .filter(c -> c.realQuestion() || c == Category.GREETING || c == Category.HUMAN_AGENT).toList());
    /** DOMAIN.md: greetings open the chat with "no question yet", thanks close it with "no question". */
    private static final Set<Category> NO_QUESTION_ASKED = EnumSet.of(Category.GREETING, Category.ACK);
    private static final Comparator<LossEvidence> IN_CONVERSATION_ORDER =
            Comparator.comparingInt(LossEvidenceFinder::firstIndex).thenComparing(LossEvidence::signal);

    private final Cues cues;

    private LossEvidenceFinder(Cues cues) {
        this.cues = cues;
    }

    private static final class DefaultHolder {
        static final LossEvidenceFinder INSTANCE = fromCues(defaultCues());
    }

    /** The finder with the bundled cue file. */
    public static LossEvidenceFinder defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** A finder reading its cues from {@code cues} (the format of {@value #DEFAULT_CUES}). */
    public static LossEvidenceFinder fromCues(Reader cues) {
        return new LossEvidenceFinder(Cues.read(Objects.requireNonNull(cues, "cues"), "loss cues"));
    }

    private static Reader defaultCues() {
        InputStream in = LossEvidenceFinder.class.getResourceAsStream(DEFAULT_CUES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_CUES);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * The loss evidence of one conversation, ordered by the first message each quotes.
     *
     * @param conversation the conversation's messages sorted by time, buyer lines with their categories;
     *        quote indexes are positions in this list
     * @param slowFirstReplyThreshold a first reply later than this is slow (DOMAIN.md: 6 s is the target,
     *        10 s the common upper bound)
     */
    public List<LossEvidence> find(List<Utterance> conversation, Duration slowFirstReplyThreshold) {
        Objects.requireNonNull(conversation, "conversation");
        return find(conversation, conversation.stream().map(u -> read(u.text())).toList(), slowFirstReplyThreshold);
    }

    /**
     * As {@link #find(List, Duration)}, with each message's cues already read.
     *
     * @param cueHits {@link #read} of each message's text, in the order of {@code conversation}
     */
    public List<LossEvidence> find(List<Utterance> conversation, List<CueHits> cueHits, Duration slowFirstReplyThreshold) {
        Objects.requireNonNull(slowFirstReplyThreshold, "slowFirstReplyThreshold");
        if (slowFirstReplyThreshold.isNegative()) {
            throw new IllegalArgumentException("slowFirstReplyThreshold must not be negative");
        }
        List<Msg> chat = chat(conversation, cueHits);
        List<LossEvidence> found = new ArrayList<>();
        noReply(chat, found);
        slowFirstReply(chat, slowFirstReplyThreshold, found);
        humanRequestUnanswered(chat, found);
        outOfStock(chat, found);
        courierNotOffered(chat, found);
        dispatchTooSlow(chat, found);
        bargainRefused(chat, found);
        feeObjection(chat, found);
        sizeDoubt(chat, found);
        doubt(chat, LossSignal.QUALITY_DOUBT, Section.QUALITY_DOUBT, found);
        doubt(chat, LossSignal.AUTHENTICITY_DOUBT, Section.AUTHENTICITY_DOUBT, found);
        pageMismatch(chat, found);
        handlingComplaint(chat, found);
        noQuestion(chat, found);
        found.sort(IN_CONVERSATION_ORDER);
        return List.copyOf(found);
    }

    /**
     * The handoff facts of one conversation.
     *
     * @param conversation the conversation's messages sorted by time
     * @param marks the transfers and closes that fall in the conversation
     */
    public HandoffFacts handoff(List<Utterance> conversation, List<ChatEvent.Mark> marks) {
        Objects.requireNonNull(conversation, "conversation");
        int request = firstHumanRequest(conversation);
        boolean bot = conversation.stream().anyMatch(u -> u.sender() == Sender.BOT);
        boolean human = conversation.stream().anyMatch(u -> u.sender() == Sender.AGENT);
        Instant transferredAt = marks.stream().filter(k -> k.kind() == ChatEvent.MarkKind.TRANSFER_TO_HUMAN)
                .map(ChatEvent.Mark::at).min(Instant::compareTo).orElse(null);
        return new HandoffFacts(request >= 0, request >= 0 ? conversation.get(request).at() : null, bot && !human,
                transferredAt != null, transferredAt, request >= 0 && !humanAfter(conversation, request));
    }

    // ----------------------------------------------------------------------------------------------
    // The signals

    /**
     * Without any reply every buyer line went unanswered; after the last reply only lines that ask for
     * something count (a question, a greeting, a human), not thanks or lines the classifier could not place.
     */
    private static void noReply(List<Msg> chat, List<LossEvidence> found) {
        int lastReply = -1;
        for (Msg m : chat) {
            if (m.reply()) {
                lastReply = m.index;
            }
        }
        boolean none = lastReply < 0;
        List<Msg> unanswered = chat.subList(lastReply + 1, chat.size()).stream()
                .filter(m -> m.buyer() && (none || m.categories.stream().anyMatch(ASKS::contains))).toList();
        if (unanswered.isEmpty()) {
            return;
        }
        Msg first = unanswered.get(0);
        Category asked = unanswered.stream().flatMap(m -> m.categories.stream()).filter(Category::realQuestion)
                .findFirst().orElse(first.categories.get(0));
        found.add(new LossEvidence(LossSignal.NO_REPLY, first.whole(), null, asked.name()));
    }

    private static void slowFirstReply(List<Msg> chat, Duration threshold, List<LossEvidence> found) {
        Msg buyer = chat.stream().filter(Msg::buyer).findFirst().orElse(null);
        if (buyer == null) {
            return;
        }
        // as ConversationFacts: the first reply at or after the first buyer message
        Msg reply = chat.stream().filter(m -> m.reply() && !m.at().isBefore(buyer.at())).findFirst().orElse(null);
        if (reply == null) {
            return;
        }
        Duration wait = Duration.between(buyer.at(), reply.at());
        if (wait.compareTo(threshold) > 0) {
            found.add(new LossEvidence(LossSignal.SLOW_FIRST_REPLY, buyer.whole(), reply.whole(), wait.toString()));
        }
    }

    private static void humanRequestUnanswered(List<Msg> chat, List<LossEvidence> found) {
        List<Utterance> utterances = chat.stream().map(m -> m.utterance).toList();
        int request = firstHumanRequest(utterances);
        if (request >= 0 && !humanAfter(utterances, request)) {
            found.add(new LossEvidence(LossSignal.HUMAN_REQUEST_UNANSWERED, chat.get(request).whole(), null, ""));
        }
    }

    /**
     * Once per item: a variant out of stock twice is one demand signal. Only replies after a question
     * count: a welcome auto-reply listing the shop's presale terms answers nothing.
     */
    private void outOfStock(List<Msg> chat, List<LossEvidence> found) {
        Set<String> items = new HashSet<>();
        for (Msg m : chat) {
            Hit out = m.reply() ? m.first(Group.STOCK, Section.STOCK_OUT) : null;
            if (out == null) {
                continue;
            }
            Msg asked = latestBefore(chat, m.index, b -> b.buyer() && cues.triggers(LossSignal.OUT_OF_STOCK, b.categories));
            if (asked == null) {
                asked = latestBefore(chat, m.index, Msg::asks);
            }
            if (asked == null) {
                continue;
            }
            String item = itemAskedAbout(chat, asked, m.index);
            if (items.add(item)) {
                found.add(new LossEvidence(LossSignal.OUT_OF_STOCK, asked == null ? null : asked.whole(), m.quote(out), item));
            }
        }
    }

    /** The item id on the buyer's question, else the latest one in the chat before the answer; empty if none. */
    private static String itemAskedAbout(List<Msg> chat, Msg asked, int answer) {
        Hit id = asked == null ? null : asked.first(Group.ITEM, Section.ITEM_ID);
        for (int i = answer - 1; id == null && i >= 0; i--) {
            id = chat.get(i).first(Group.ITEM, Section.ITEM_ID);
        }
        return id == null ? "" : id.value();
    }

    private record Request(Msg msg, Hit name) {
    }

    private record Decision(boolean refused, Msg reply, Hit cue, Request request) {
    }

    /** The last answer about each requested courier decides whether it is offered. */
    private void courierNotOffered(List<Msg> chat, List<LossEvidence> found) {
        Map<String, Request> requested = new LinkedHashMap<>();
        Map<String, Decision> decided = new LinkedHashMap<>();
        for (Msg m : chat) {
            if (m.buyer() && cues.triggers(LossSignal.COURIER_NOT_OFFERED, m.categories)) {
                Map<String, Request> asked = new LinkedHashMap<>();
                for (Hit name : m.all(Group.CARRIER, Section.CARRIER_NAME)) {
                    asked.putIfAbsent(name.value(), new Request(m, name));
                }
                requested.putAll(asked);
            } else if (m.reply() && !requested.isEmpty()) {
                decided.putAll(courierAnswer(m, requested));
            }
        }
        decided.forEach((courier, d) -> {
            if (d.refused) {
                found.add(new LossEvidence(LossSignal.COURIER_NOT_OFFERED, d.request.msg.quote(d.request.name),
                        d.reply.quote(d.cue), courier));
            }
        });
    }

    /**
     * What one reply says about each requested courier. A refusal or offer is about the courier named in
     * its clause ("顺丰发不了哦，邮政可以发"; the nearest one if the clause names several), else the last one
     * named before it ("顺丰的话 我们发不了哦"), else every requested courier ("发不了哦亲"); a later cue
     * about the same courier overrides. Couriers no such cue is about are refused by a "no choice" cue, or
     * by "we only ship X" naming others, and offered when the reply names them without refusal.
     */
    private static Map<String, Decision> courierAnswer(Msg reply, Map<String, Request> requested) {
        List<Hit> names = reply.all(Group.CARRIER, Section.CARRIER_NAME);
        Set<String> named = new HashSet<>();
        names.forEach(n -> named.add(n.value()));
        Map<String, Decision> answer = new LinkedHashMap<>();
        Hit noChoice = null;
        Hit only = null;
        for (Hit cue : reply.hits(Group.COURIER)) {
            switch (cue.section()) {
                case COURIER_REFUSE, COURIER_OFFER -> {
                    Hit target = target(names, cue);
                    Collection<String> about = target == null ? requested.keySet() : List.of(target.value());
                    for (String courier : about) {
                        Request request = requested.get(courier);
                        if (request != null) {
                            answer.put(courier, new Decision(cue.section() == Section.COURIER_REFUSE, reply, cue, request));
                        }
                    }
                }
                case COURIER_NOCHOICE -> noChoice = noChoice == null ? cue : noChoice;
                case COURIER_ONLY -> only = only == null ? cue : only;
                default -> throw new IllegalStateException(cue.section().name());
            }
        }
        for (Map.Entry<String, Request> r : requested.entrySet()) {
            String courier = r.getKey();
            if (answer.containsKey(courier)) {
                continue;
            }
            if (noChoice != null) {
                answer.put(courier, new Decision(true, reply, noChoice, r.getValue()));
            } else if (only != null && !named.isEmpty() && !named.contains(courier)) {
                answer.put(courier, new Decision(true, reply, only, r.getValue()));
            } else if (named.contains(courier)) {
                answer.put(courier, new Decision(false, reply, null, r.getValue()));
            }
        }
        return answer;
    }

    private static Hit target(List<Hit> names, Hit cue) {
        int clause = cue.clause();
        Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Hit name : names) {
            if (name.clause() != clause) {
                continue;
            }
            int distance = name.end() <= cue.start() ? cue.start() - name.end()
                    : cue.end() <= name.start() ? name.start() - cue.end() : 0;
            // names come in line order, so on a tie the one before the cue stays
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        for (Hit name : names) {
            if (name.end() <= cue.start()) {
                best = name;
            }
        }
        return best;
    }

    /**
     * The buyer's complaint about the wait if there is one (with the agent's wait it answers), else the
     * agent's wait. As with stock-outs, only waits stated after a question count.
     */
    private void dispatchTooSlow(List<Msg> chat, List<LossEvidence> found) {
        boolean questioned = false;
        boolean topic = false;
        Msg slow = null;
        Hit slowCue = null;
        Msg firstSlow = null;
        Hit firstSlowCue = null;
        for (Msg m : chat) {
            if (m.reply() && questioned) {
                Hit wait = m.first(Group.DISPATCH, Section.DISPATCH_SLOW);
                if (wait != null) {
                    slow = m;
                    slowCue = wait;
                    if (firstSlow == null) {
                        firstSlow = m;
                        firstSlowCue = wait;
                    }
                }
            } else if (m.buyer()) {
                boolean opens = cues.triggers(LossSignal.DISPATCH_TOO_SLOW, m.categories);
                Hit complaint = m.first(Group.DISPATCH, Section.DISPATCH_COMPLAIN);
                if (complaint != null && (opens || topic || slow != null)) {
                    Quote answer = slow != null ? slow.quote(slowCue) : quoteOf(latestBefore(chat, m.index, Msg::reply));
                    found.add(new LossEvidence(LossSignal.DISPATCH_TOO_SLOW, m.quote(complaint), answer, ""));
                    return;
                }
                topic |= opens;
                questioned |= m.asks();
            }
        }
        if (firstSlow != null) {
            Msg asked = latestBefore(chat, firstSlow.index, b -> b.buyer() && cues.triggers(LossSignal.DISPATCH_TOO_SLOW, b.categories));
            if (asked == null) {
                asked = latestBefore(chat, firstSlow.index, Msg::asks);
            }
            found.add(new LossEvidence(LossSignal.DISPATCH_TOO_SLOW, quoteOf(asked), firstSlow.quote(firstSlowCue), ""));
        }
    }

    /**
     * Each bargain is answered by the replies until the next bargain; the last answered one decides: a
     * concession anywhere in its replies clears it, else an explicit refusal, else no concession.
     */
    private void bargainRefused(List<Msg> chat, List<LossEvidence> found) {
        List<Msg> bargains = chat.stream().filter(m -> m.buyer() && cues.triggers(LossSignal.BARGAIN_REFUSED, m.categories)).toList();
        LossEvidence last = null;
        for (int b = 0; b < bargains.size(); b++) {
            Msg bargain = bargains.get(b);
            int until = b + 1 < bargains.size() ? bargains.get(b + 1).index : chat.size();
            List<Msg> replies = chat.subList(bargain.index + 1, until).stream().filter(Msg::reply).toList();
            if (replies.isEmpty()) {
                continue;
            }
            if (replies.stream().anyMatch(r -> r.first(Group.BARGAIN, Section.BARGAIN_CONCEDE) != null)) {
                last = null;
                continue;
            }
            last = new LossEvidence(LossSignal.BARGAIN_REFUSED, bargain.whole(), replies.get(0).whole(), NO_CONCESSION);
            for (Msg r : replies) {
                Hit refusal = r.first(Group.BARGAIN, Section.BARGAIN_REFUSE);
                if (refusal != null) {
                    last = new LossEvidence(LossSignal.BARGAIN_REFUSED, bargain.whole(), r.quote(refusal), REFUSED);
                    break;
                }
            }
        }
        if (last != null) {
            found.add(last);
        }
    }

    /**
     * The first objection once the fee was asked about (on the objecting line itself or before), or a
     * short price reaction ("这么贵") right after a reply that stated a shipping cost.
     */
    private void feeObjection(List<Msg> chat, List<LossEvidence> found) {
        boolean topic = false;
        for (Msg m : chat) {
            if (!m.buyer()) {
                continue;
            }
            topic |= cues.triggers(LossSignal.SHIPPING_FEE_OBJECTION, m.categories);
            Msg previous = latestBefore(chat, m.index, Msg::reply);
            Hit objection = m.first(Group.FEE, Section.FEE_OBJECTION);
            if (objection != null && topic) {
                found.add(new LossEvidence(LossSignal.SHIPPING_FEE_OBJECTION, m.quote(objection), quoteOf(previous), ""));
                return;
            }
            Hit reaction = m.first(Group.FEE, Section.FEE_REACT);
            Hit cost = previous == null ? null : previous.first(Group.FEE, Section.FEE_QUOTE);
            if (reaction != null && cost != null) {
                found.add(new LossEvidence(LossSignal.SHIPPING_FEE_OBJECTION, m.quote(reaction), previous.quote(cost), ""));
                return;
            }
        }
    }

    /**
     * The size thread's last state decides: a size question or a doubt (once size was asked about) opens
     * it, a reply naming a size closes it. Open at the end: "unanswered" when a question opened it, with
     * the first reply after it; "doubt" when a doubt did, with the size answer the buyer doubted.
     */
    private void sizeDoubt(List<Msg> chat, List<LossEvidence> found) {
        boolean asked = false;
        Msg open = null;
        Hit doubt = null;
        Msg answer = null;
        Hit answerCue = null;
        for (Msg m : chat) {
            if (m.buyer()) {
                boolean question = cues.triggers(LossSignal.SIZE_DOUBT_UNRESOLVED, m.categories);
                Hit d = m.first(Group.SIZE, Section.SIZE_DOUBT);
                if (d != null && (asked || question)) {
                    open = m;
                    doubt = d;
                } else if (question) {
                    open = m;
                    doubt = null;
                }
                asked |= question;
            } else if (m.reply() && open != null) {
                Hit named = m.first(Group.SIZE, Section.SIZE_ANSWER);
                if (named != null) {
                    open = null;
                    answer = m;
                    answerCue = named;
                }
            }
        }
        if (open == null) {
            return;
        }
        int from = open.index;
        Quote firstReply = quoteOf(chat.stream().filter(m -> m.index > from && m.reply()).findFirst().orElse(null));
        if (doubt == null) {
            found.add(new LossEvidence(LossSignal.SIZE_DOUBT_UNRESOLVED, open.whole(), firstReply, UNANSWERED));
        } else {
            Quote doubted = answer != null ? answer.quote(answerCue) : firstReply;
            found.add(new LossEvidence(LossSignal.SIZE_DOUBT_UNRESOLVED, open.quote(doubt), doubted, DOUBT));
        }
    }

    /** The first doubt on a line of the signal's question category, with the reply that followed it. */
    private void doubt(List<Msg> chat, LossSignal signal, Section section, List<LossEvidence> found) {
        for (Msg m : chat) {
            Hit doubt = m.buyer() && cues.triggers(signal, m.categories) ? m.first(section.group, section) : null;
            if (doubt != null) {
                Msg reply = chat.stream().filter(r -> r.index > m.index && r.reply()).findFirst().orElse(null);
                found.add(new LossEvidence(signal, m.quote(doubt), quoteOf(reply), ""));
                return;
            }
        }
    }

    /** The buyer's "the page said…" with the reply it disputes, or the agent's admission with the question before it. */
    private static void pageMismatch(List<Msg> chat, List<LossEvidence> found) {
        for (Msg m : chat) {
            Hit buyer = m.buyer() ? m.first(Group.PAGE, Section.PAGE_BUYER) : null;
            if (buyer != null) {
                found.add(new LossEvidence(LossSignal.PAGE_MISMATCH, m.quote(buyer),
                        quoteOf(latestBefore(chat, m.index, Msg::reply)), ""));
                return;
            }
            Hit agent = m.reply() ? m.first(Group.PAGE, Section.PAGE_AGENT) : null;
            if (agent != null) {
                found.add(new LossEvidence(LossSignal.PAGE_MISMATCH, quoteOf(latestBefore(chat, m.index, Msg::buyer)),
                        m.quote(agent), ""));
                return;
            }
        }
    }

    private static void handlingComplaint(List<Msg> chat, List<LossEvidence> found) {
        for (Msg m : chat) {
            Hit complaint = m.buyer() ? m.first(Group.HANDLING, Section.HANDLING_COMPLAIN) : null;
            if (complaint != null) {
                found.add(new LossEvidence(LossSignal.HANDLING_COMPLAINT, m.quote(complaint),
                        quoteOf(latestBefore(chat, m.index, Msg::reply)), ""));
                return;
            }
        }
    }

    private static void noQuestion(List<Msg> chat, List<LossEvidence> found) {
        List<Msg> buyer = chat.stream().filter(Msg::buyer).toList();
        if (buyer.isEmpty() || !buyer.stream().allMatch(m -> NO_QUESTION_ASKED.containsAll(m.categories))) {
            return;
        }
        int from = buyer.get(0).index;
        chat.stream().filter(m -> m.index > from && m.reply()).findFirst().ifPresent(reply ->
                found.add(new LossEvidence(LossSignal.NO_QUESTION, buyer.get(0).whole(), reply.whole(), "")));
    }

    // ----------------------------------------------------------------------------------------------
    // Shared with the handoff facts

    private static int firstHumanRequest(List<Utterance> conversation) {
        for (int i = 0; i < conversation.size(); i++) {
            Utterance u = conversation.get(i);
            if (u.sender() == Sender.BUYER && u.categories() != null
                    && u.categories().stream().anyMatch(c -> c.category() == Category.HUMAN_AGENT)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean humanAfter(List<Utterance> conversation, int index) {
        return conversation.subList(index + 1, conversation.size()).stream().anyMatch(u -> u.sender() == Sender.AGENT);
    }

    // ----------------------------------------------------------------------------------------------
    // The conversation as the rules read it

    /** The cues of one message's text (null reads as empty). */
    public CueHits read(String text) {
        return cues.scan(FoldedLine.of(text == null ? "" : text));
    }

    private static List<Msg> chat(List<Utterance> conversation, List<CueHits> cueHits) {
        if (cueHits.size() != conversation.size()) {
            throw new IllegalArgumentException("one reading per message: " + cueHits.size() + " for " + conversation.size());
        }
        List<Msg> chat = new ArrayList<>(conversation.size());
        for (Utterance u : conversation) {
            chat.add(new Msg(chat.size(), u, u.text() == null ? "" : u.text(), cueHits.get(chat.size()), categories(u)));
        }
        return chat;
    }

    /** Most confident first, as the classifier ordered them; OTHER when the line has none. */
    private static List<Category> categories(Utterance u) {
        if (u.categories() == null || u.categories().isEmpty()) {
            return List.of(Category.OTHER);
        }
        return u.categories().stream().map(CategoryScore::category).distinct().toList();
    }

    private static Msg latestBefore(List<Msg> chat, int index, Predicate<Msg> wanted) {
        for (int i = index - 1; i >= 0; i--) {
            if (wanted.test(chat.get(i))) {
                return chat.get(i);
            }
        }
        return null;
    }

    private static Quote quoteOf(Msg m) {
        return m == null ? null : m.whole();
    }

    private static int firstIndex(LossEvidence e) {
        if (e.buyer() == null) {
            return e.reply().index();
        }
        return e.reply() == null ? e.buyer().index() : Math.min(e.buyer().index(), e.reply().index());
    }

    private record Msg(int index, Utterance utterance, String raw, CueHits cueHits, List<Category> categories) {

        boolean buyer() {
            return utterance.sender() == Sender.BUYER;
        }

        boolean reply() {
            return utterance.sender().replies();
        }

        /** A buyer line with a real question. */
        boolean asks() {
            return buyer() && categories.stream().anyMatch(Category::realQuestion);
        }

        Instant at() {
            return utterance.at();
        }

        List<Hit> hits(Group group) {
            return cueHits.of(group);
        }

        List<Hit> all(Group group, Section section) {
            return hits(group).stream().filter(h -> h.section() == section).toList();
        }

        Hit first(Group group, Section section) {
            for (Hit h : hits(group)) {
                if (h.section() == section) {
                    return h;
                }
            }
            return null;
        }

        Quote whole() {
            return new Quote(index, utterance.sender(), agentId(), at(), raw, 0, raw.length());
        }

        Quote quote(Hit hit) {
            return new Quote(index, utterance.sender(), agentId(), at(), raw, hit.rawStart(), hit.rawEnd());
        }

        private String agentId() {
            return utterance.agentId() == null ? "" : utterance.agentId();
        }
    }
}
