package io.zhuanhua.compliance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis of one text against one {@link ComplianceRules}: built per call, never shared. The literal scan
 * runs once in the constructor; links, e-mail addresses, digit runs and personal data are computed on first use.
 */
final class Analysis {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,10}[a-z]{2,12}(?![a-z0-9])");

    private static final String HAN = "\\u4e00-\\u9fff";
    private static final String NUMC = "0-9一二三四五六七八九十百零〇两";
    /** Street and number: 文三路123号, 南京东路一百号, 王家村3组, 123弄45号 (the name before the suffix is trimmed later). */
    private static final Pattern STREET = Pattern.compile(
            "[" + HAN + "a-z0-9]{1,12}?(大道|大街|路|街|巷|胡同|村|弄)[" + NUMC + "]{1,6}(?:号院|号|弄|巷|组)");
    private static final String COMP = "[" + NUMC + "]{1,4}(?:号楼|栋|幢|座|单元|层|楼|室|户|组|号)";
    /** Estate, building, unit and room: 阳光小区3栋2单元301室, 5号楼302. */
    private static final Pattern BUILDING = Pattern.compile(
            "(?:[" + HAN + "a-z0-9]{1,10}?(小区|花园|公寓|大厦|家园|新村|广场|花苑|苑|社区|公馆|大院|宿舍|园区|园|府|城|村|庄))?((?:"
                    + COMP + "){1,6})([0-9]{2,5}(?![0-9]))?");
    private static final Pattern COMP_P = Pattern.compile(COMP);

    // personal data kinds
    static final int MOBILE = 1;
    static final int MOBILE86 = 2;
    static final int LANDLINE = 3;
    static final int ID_CARD = 4;
    static final int ID_CARD_X = 5;
    static final int BANK_CARD = 6;
    static final int SERVICE = 7;
    static final int EMAIL_ADDRESS = 8;
    static final int ADDRESS = 9;
    static final int CONTACT_ID = 10;
    private static final int NONE = 0;

    /** A word occurrence: kind and data from the rule tags, compact and original spans. */
    static final class Hit {
        final int kind;
        final int data;
        final int cs;
        final int ce;
        final int os;
        final int oe;

        Hit(int kind, int data, int cs, int ce, int os, int oe) {
            this.kind = kind;
            this.data = data;
            this.cs = cs;
            this.ce = ce;
            this.os = os;
            this.oe = oe;
        }
    }

    /** One piece of personal data: span and the offsets to mask. */
    static final class Pii {
        final int kind;
        final int start;
        final int end;
        final int[] maskPos;

        Pii(int kind, int start, int end, int[] maskPos) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.maskPos = maskPos;
        }
    }

    private final ComplianceRules r;
    final Text t;
    /** Word occurrences by kind, each list ordered by compact start; null for a kind without any. */
    private final List<Hit>[] byKind;
    private List<int[]> links;
    private List<String> hosts;
    private List<int[]> emails;
    private List<Digits.Run> runs;
    private List<Pii> pii;

    @SuppressWarnings("unchecked")
    Analysis(ComplianceRules r, String text) {
        this.r = r;
        this.t = new Text(text);
        Literals.IntBuf buf = new Literals.IntBuf();
        r.literals.scan(t.compact, t.compactLength, buf);
        List<Hit>[] kinds = new List[ComplianceRules.KINDS];
        for (int i = 0; i < buf.size; i += 3) {
            int pid = buf.a[i];
            int cs = buf.a[i + 1];
            int ce = buf.a[i + 2];
            if (r.leftCheck[pid] && cs > 0 && Text.asciiLetter(t.compact[cs - 1])) {
                continue;
            }
            if (r.rightCheck[pid] && ce < t.compactLength && Text.asciiLetter(t.compact[ce])) {
                continue;
            }
            int os = t.origStart(cs);
            int oe = t.origEnd(ce);
            for (int tag : r.tags[pid]) {
                int kind = tag >>> 16;
                if (kinds[kind] == null) {
                    kinds[kind] = new ArrayList<>(2);
                }
                kinds[kind].add(new Hit(kind, tag & 0xFFFF, cs, ce, os, oe));
            }
        }
        for (List<Hit> l : kinds) {
            if (l != null && l.size() > 1) {
                l.sort((x, y) -> x.cs != y.cs ? Integer.compare(x.cs, y.cs) : Integer.compare(x.ce, y.ce));
            }
        }
        this.byKind = kinds;
    }

    private List<Hit> hits(int kind) {
        List<Hit> l = byKind[kind];
        return l == null ? List.of() : l;
    }

    /** Index of the first hit in {@code l} (ordered by cs) with cs &gt;= {@code cs}. */
    private static int firstFrom(List<Hit> l, int cs) {
        int lo = 0;
        int hi = l.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (l.get(mid).cs < cs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------------------------------- shared views

    private List<int[]> emails() {
        if (emails == null) {
            emails = List.of();
            if (t.folded.indexOf('@') >= 0) {
                Matcher m = EMAIL.matcher(t.folded);
                while (m.find()) {
                    if (m.start() >= 2 && t.folded.startsWith("//", m.start() - 2)) {
                        continue; // user info of a URL (http://taobao.com@evil.cn), not an address
                    }
                    if (emails.isEmpty()) {
                        emails = new ArrayList<>(1);
                    }
                    emails.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return emails;
    }

    private List<int[]> links() {
        if (links == null) {
            links = List.of();
            hosts = List.of();
            String f = t.folded;
            if (f.indexOf('.') >= 0) {
                Matcher m = r.linkPattern.matcher(f);
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    while (e > s && ".,;:!?)'\"]".indexOf(f.charAt(e - 1)) >= 0) {
                        e--;
                    }
                    if (inside(emails(), s, e)) {
                        continue;
                    }
                    String host = hostOf(f.substring(s, e));
                    if (host.isEmpty()) {
                        continue;
                    }
                    if (links.isEmpty()) {
                        links = new ArrayList<>(1);
                        hosts = new ArrayList<>(1);
                    }
                    links.add(new int[] {s, e});
                    hosts.add(host);
                }
            }
        }
        return links;
    }

    static String hostOf(String url) {
        String u = url.strip();
        int s = 0;
        int k = u.indexOf("://");
        if (k >= 0) {
            s = k + 3;
        }
        int e = s;
        while (e < u.length() && "/?#\\".indexOf(u.charAt(e)) < 0) {
            e++;
        }
        String auth = u.substring(s, e);
        int at = auth.lastIndexOf('@');
        if (at >= 0) {
            auth = auth.substring(at + 1);
        }
        int colon = auth.indexOf(':');
        if (colon >= 0) {
            auth = auth.substring(0, colon);
        }
        while (auth.endsWith(".")) {
            auth = auth.substring(0, auth.length() - 1);
        }
        return auth;
    }

    private List<Digits.Run> runs() {
        if (runs == null) {
            runs = Digits.scan(t.folded);
        }
        return runs;
    }

    private static boolean inside(List<int[]> spans, int s, int e) {
        for (int[] sp : spans) {
            if (sp[0] <= s && e <= sp[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> spans, int s, int e) {
        for (int[] sp : spans) {
            if (s < sp[1] && sp[0] < e) {
                return true;
            }
        }
        return false;
    }

    /** An occurrence of {@code exemptKind} covers the hit. */
    private boolean covered(Hit h, int exemptKind) {
        List<Hit> l = hits(exemptKind);
        for (int i = firstFrom(l, h.cs - r.maxWordLength); i < l.size(); i++) {
            Hit g = l.get(i);
            if (g.cs > h.cs) {
                break;
            }
            if (h.ce <= g.ce) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negator precedes the hit in the same clause: a one-character negator must touch it, a longer one may be
     * up to {@code window} compact characters before it.
     */
    private boolean negated(Hit h, int negKind, int window) {
        List<Hit> l = hits(negKind);
        for (int i = firstFrom(l, h.cs - window - r.maxWordLength); i < l.size(); i++) {
            Hit g = l.get(i);
            if (g.cs >= h.cs) {
                break;
            }
            if (g.ce > h.cs) {
                continue;
            }
            int gap = h.cs - g.ce;
            int max = g.ce - g.cs == 1 ? 0 : window;
            if (gap <= max && !clauseBreak(g.ce, h.cs)) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseBreak(int cFrom, int cTo) {
        for (int i = cFrom; i < cTo; i++) {
            if (Text.clauseBreak(t.compact[i])) {
                return true;
            }
        }
        return false;
    }

    private Risk risk(RiskType type, int s, int e, String instruction) {
        return new Risk(type, s, e, t.original.substring(s, e), instruction);
    }

    /** Sorts spans and merges overlapping ones (and, with {@code fillerGap}, ones separated only by fillers). */
    private List<int[]> merge(List<int[]> spans, boolean fillerGap) {
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        List<int[]> out = new ArrayList<>(spans.size());
        int[] cur = spans.get(0).clone();
        for (int i = 1; i < spans.size(); i++) {
            int[] nx = spans.get(i);
            if (nx[0] <= cur[1] || (fillerGap && fillersOnly(cur[1], nx[0]))) {
                cur[1] = Math.max(cur[1], nx[1]);
            } else {
                out.add(cur);
                cur = nx.clone();
            }
        }
        out.add(cur);
        return out;
    }

    private boolean fillersOnly(int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.folded.charAt(i);
            if (!(Text.droppedInCompact(c) || c == ':' || c == '=')) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------- rules

    void phishing(Platform platform, List<Risk> out) {
        List<int[]> l = links();
        for (int i = 0; i < l.size(); i++) {
            if (!r.isOwnHost(platform, hosts.get(i))) {
                int[] s = l.get(i);
                out.add(risk(RiskType.PHISHING_LINK, s[0], s[1], r.instruction(RiskType.PHISHING_LINK, Speaker.BUYER)));
            }
        }
    }

    void fakeNotice(Platform platform, List<Risk> out) {
        boolean notice = false;
        boolean sanction = false;
        boolean action = false;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int kind : new int[] {ComplianceRules.NOTICE, ComplianceRules.SANCTION, ComplianceRules.ACTION}) {
            for (Hit h : hits(kind)) {
                notice |= kind == ComplianceRules.NOTICE;
                sanction |= kind == ComplianceRules.SANCTION;
                action |= kind == ComplianceRules.ACTION;
                lo = Math.min(lo, h.os);
                hi = Math.max(hi, h.oe);
            }
        }
        if (!notice && !sanction) {
            return;
        }
        boolean link = false;
        List<int[]> l = links();
        for (int i = 0; i < l.size(); i++) {
            if (!r.isOwnHost(platform, hosts.get(i))) {
                link = true;
                lo = Math.min(lo, l.get(i)[0]);
                hi = Math.max(hi, l.get(i)[1]);
            }
        }
        if ((notice && (sanction || action || link)) || (sanction && (action || link))) {
            out.add(risk(RiskType.FAKE_OFFICIAL_NOTICE, lo, hi,
                    r.instruction(RiskType.FAKE_OFFICIAL_NOTICE, Speaker.BUYER)));
        }
    }

    private List<Hit> contactCues;

    /** Contact cues (both kinds) outside links, e-mail addresses and exemptions, ordered by start. */
    private List<Hit> contactCues() {
        if (contactCues == null) {
            List<Hit> cues = new ArrayList<>(2);
            for (int kind : new int[] {ComplianceRules.CONTACT, ComplianceRules.CONTACT_ID}) {
                for (Hit h : hits(kind)) {
                    if (!inside(links(), h.os, h.oe) && !inside(emails(), h.os, h.oe)
                            && !covered(h, ComplianceRules.CONTACT_EXEMPT)) {
                        cues.add(h);
                    }
                }
            }
            cues.sort((x, y) -> Integer.compare(x.cs, y.cs));
            contactCues = cues;
        }
        return contactCues;
    }

    void contact(Speaker speaker, List<Risk> out) {
        List<int[]> spans = new ArrayList<>(2);
        List<Hit> cues = contactCues();
        int negatedEnd = -1;
        for (Hit h : cues) {
            // negation reaches the cues that follow a negated one in the same clause ("请勿添加微信等站外联系方式")
            boolean chained = negatedEnd >= 0 && h.cs - negatedEnd <= r.contactWindow
                    && !clauseBreak(Math.min(negatedEnd, h.cs), h.cs);
            if (chained || negated(h, ComplianceRules.CONTACT_NEG, r.contactWindow)) {
                negatedEnd = Math.max(negatedEnd, h.ce);
                continue;
            }
            int[] id = idAfter(h.oe);
            if (h.kind == ComplianceRules.CONTACT_ID && id == null) {
                continue;
            }
            int s = h.os;
            int before = idBefore(s);
            if (before >= 0) {
                s = before;
            }
            spans.add(new int[] {s, id == null ? h.oe : id[1]});
        }
        if (speaker.isShop() && !postalAddress()) {
            for (Pii p : pii()) {
                if (p.kind == MOBILE || p.kind == MOBILE86 || p.kind == LANDLINE) {
                    spans.add(new int[] {p.start, p.end});
                }
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        String instruction = r.instruction(RiskType.OFF_PLATFORM_CONTACT, speaker);
        for (int[] s : merge(spans, true)) {
            out.add(risk(RiskType.OFF_PLATFORM_CONTACT, s[0], s[1], instruction));
        }
    }

    /** The text is a postal address block: it holds a street address or an address-context word. */
    private boolean postalAddress() {
        if (!hits(ComplianceRules.CONTACT_ADDRESS).isEmpty()) {
            return true;
        }
        for (Pii p : pii()) {
            if (p.kind == ADDRESS) {
                return true;
            }
        }
        return false;
    }

    private static boolean idSkip(char c) {
        switch (c) {
            case ' ', ':', '=', '是', '号', '码', '为', '-', '_', '"', '\'', '\u201C', '\u201D', '\u300C', '\u300D',
                 '\u3010', '\u3011', '(', ')':
                return true;
            default:
                return false;
        }
    }

    private static boolean idChar(char c) {
        return Text.asciiAlnum(c) || c == '_' || c == '-';
    }

    /** A contact id (5+ digits, or a 5-20 character [a-z0-9_-] id) right after a cue ending at {@code e}. */
    private int[] idAfter(int e) {
        String f = t.folded;
        int n = f.length();
        int p = e;
        int skipped = 0;
        while (p < n && skipped < 4 && idSkip(f.charAt(p))) {
            p++;
            skipped++;
        }
        if (p >= n) {
            return null;
        }
        Digits.Run run = runStartingAt(p);
        if (run != null) {
            return new int[] {p, run.trailingX ? run.end + 1 : run.end};
        }
        if (!Text.asciiAlnum(f.charAt(p))) {
            return null;
        }
        int q = p;
        while (q < n && q - p <= 20 && idChar(f.charAt(q))) {
            q++;
        }
        int len = q - p;
        return len >= 5 && len <= 20 ? new int[] {p, q} : null;
    }

    /** Start of a phone or QQ number (5-13 digits) that ends right before a cue starting at {@code s}, or -1. */
    private int idBefore(int s) {
        String f = t.folded;
        int p = s;
        int skipped = 0;
        while (p > 0 && skipped < 2 && (idSkip(f.charAt(p - 1)) || f.charAt(p - 1) == ',')) {
            p--;
            skipped++;
        }
        Digits.Run run = runEndingAt(p);
        if (run != null && run.length() <= 13) {
            return run.start > 0 && f.charAt(run.start - 1) == '+' ? run.start - 1 : run.start;
        }
        return -1;
    }

    /** The digit run starting exactly at {@code p} (runs are ordered and do not overlap), or null. */
    private Digits.Run runStartingAt(int p) {
        List<Digits.Run> l = runs();
        int lo = 0;
        int hi = l.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = l.get(mid).start;
            if (s == p) {
                return l.get(mid);
            }
            if (s < p) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The digit run ending exactly at {@code p}, or null. */
    private Digits.Run runEndingAt(int p) {
        List<Digits.Run> l = runs();
        int lo = 0;
        int hi = l.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = l.get(mid).end;
            if (e == p) {
                return l.get(mid);
            }
            if (e < p) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    void rival(BitSet punished, List<Risk> out) {
        List<int[]> spans = null;
        for (Hit h : hits(ComplianceRules.RIVAL)) {
            if (!punished.get(h.data) || covered(h, ComplianceRules.RIVAL_EXEMPT)) {
                continue;
            }
            if (spans == null) {
                spans = new ArrayList<>(2);
            }
            spans.add(new int[] {h.os, h.oe});
        }
        if (spans != null) {
            String instruction = r.instruction(RiskType.RIVAL_PLATFORM, Speaker.AGENT);
            for (int[] s : merge(spans, false)) {
                out.add(risk(RiskType.RIVAL_PLATFORM, s[0], s[1], instruction));
            }
        }
    }

    void absolute(List<Risk> out) {
        List<Hit> cands = null;
        for (int kind : new int[] {ComplianceRules.ABS_WORD, ComplianceRules.ABS_PREFIX}) {
            for (Hit h : hits(kind)) {
                if (!covered(h, ComplianceRules.ABS_EXEMPT)) {
                    if (cands == null) {
                        cands = new ArrayList<>(2);
                    }
                    cands.add(h);
                }
            }
        }
        if (cands == null) {
            return;
        }
        cands.sort((x, y) -> Integer.compare(x.cs, y.cs));
        List<int[]> spans = new ArrayList<>(cands.size());
        int negatedEnd = -1;
        for (Hit h : cands) {
            int ce = h.ce;
            if (h.kind == ComplianceRules.ABS_PREFIX) {
                // the evidence takes the next one or two Chinese characters ("最好", "最低价"), not a particle
                int max = h.ce + 2;
                while (ce < t.compactLength && ce < max && Text.han(t.compact[ce])
                        && (ce == h.ce || !particle(t.compact[ce]))) {
                    ce++;
                }
            }
            boolean chained = negatedEnd >= 0 && h.cs >= negatedEnd - 1 && h.cs - negatedEnd <= 1
                    && !clauseBreak(Math.min(negatedEnd, h.cs), h.cs);
            if (chained || negated(h, ComplianceRules.ABS_NEG, r.absoluteWindow)) {
                negatedEnd = Math.max(negatedEnd, ce);
                continue;
            }
            spans.add(new int[] {h.os, t.origEnd(ce)});
        }
        String instruction = r.instruction(RiskType.ABSOLUTE_PROMISE, Speaker.AGENT);
        for (int[] s : merge(spans, false)) {
            out.add(risk(RiskType.ABSOLUTE_PROMISE, s[0], s[1], instruction));
        }
    }

    private static boolean particle(char c) {
        switch (c) {
            case '的', '了', '是', '吗', '呢', '啊', '哦', '呀', '吧', '哈', '和', '也', '都', '就', '还', '啦', '喔', '嘛':
                return true;
            default:
                return false;
        }
    }

    void personalData(List<Risk> out, String instruction) {
        for (Pii p : pii()) {
            out.add(risk(RiskType.PERSONAL_DATA, p.start, p.end, instruction));
        }
    }

    String masked() {
        List<Pii> items = pii();
        if (items.isEmpty()) {
            return t.original;
        }
        char[] c = t.original.toCharArray();
        for (Pii p : items) {
            for (int pos : p.maskPos) {
                c[pos] = '*';
            }
        }
        return new String(c);
    }

    // ---------------------------------------------------------------------------------------- personal data

    List<Pii> pii() {
        if (pii != null) {
            return pii;
        }
        List<Pii> items = new ArrayList<>(2);
        for (int[] e : emails()) {
            int at = t.folded.indexOf('@', e[0]);
            items.add(new Pii(EMAIL_ADDRESS, e[0], e[1], range(e[0] + 1, at)));
        }
        for (Digits.Run run : runs()) {
            if (!overlaps(emails(), run.start, run.end)) {
                classifyRun(run, items);
            }
        }
        if (mayHoldAddress(t.folded)) {
            addresses(items);
        }
        for (Hit h : contactCues()) {
            int[] id = idAfter(h.oe);
            if (id == null || overlapsPii(items, id[0], id[1])) {
                continue;
            }
            int keep = keptAtEachEnd(id[1] - id[0]);
            items.add(new Pii(CONTACT_ID, id[0], id[1], range(id[0] + keep, id[1] - keep)));
        }
        items.sort((x, y) -> Integer.compare(x.start, y.start));
        pii = items;
        return items;
    }

    private static boolean overlapsPii(List<Pii> items, int s, int e) {
        for (Pii p : items) {
            if (s < p.end && p.start < e) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of an account id stay visible at each end when it is masked. */
    static int keptAtEachEnd(int length) {
        return length >= 7 ? 2 : 1;
    }

    private static int[] range(int from, int to) {
        if (to <= from) {
            return new int[0];
        }
        int[] a = new int[to - from];
        for (int i = 0; i < a.length; i++) {
            a[i] = from + i;
        }
        return a;
    }

    private void classifyRun(Digits.Run run, List<Pii> items) {
        int n = run.length();
        int kind = classify(run, 0, n);
        if (kind != NONE) {
            emit(run, 0, n, kind, items);
            return;
        }
        int groups = run.groups();
        if (groups == 1) {
            return;
        }
        int g = 0;
        while (g < groups) {
            int found = -1;
            int foundKind = NONE;
            int last = g; // the furthest group that keeps the candidate within 19 digits (the longest shape)
            while (last + 1 < groups && run.groupEnd(last + 1) - run.groupStarts[g] <= 19) {
                last++;
            }
            for (int h = last; h >= g; h--) {
                if (g == 0 && h == groups - 1) {
                    continue;
                }
                int k = classify(run, run.groupStarts[g], run.groupEnd(h));
                if (k != NONE) {
                    found = h;
                    foundKind = k;
                    break;
                }
            }
            if (found >= 0) {
                emit(run, run.groupStarts[g], run.groupEnd(found), foundKind, items);
                g = found + 1;
            } else {
                g++;
            }
        }
    }

    private int classify(Digits.Run run, int a, int b) {
        char[] d = run.digits;
        int n = b - a;
        if (n == 11 && mobile(d, a)) {
            return MOBILE;
        }
        if (n == 13 && d[a] == '8' && d[a + 1] == '6' && mobile(d, a + 2)) {
            return MOBILE86;
        }
        boolean x = b == run.length() && run.trailingX;
        if (n == 18 && !x && idDate(d, a)) {
            return ID_CARD;
        }
        if (n == 17 && x && idDate(d, a)) {
            return ID_CARD_X;
        }
        if (n == 10 && servicePrefix(d, a)) {
            return SERVICE;
        }
        if (n >= 10 && n <= 12 && d[a] == '0' && d[a + 1] != '0') {
            int area = d[a + 1] == '1' || d[a + 1] == '2' ? 3 : 4;
            int local = n - area;
            if (local == 7 || local == 8) {
                return LANDLINE;
            }
        }
        if (n >= 16 && n <= 19 && d[a] != '0' && bankCard(run, a, b)) {
            return BANK_CARD;
        }
        return NONE;
    }

    private static boolean mobile(char[] d, int a) {
        return d[a] == '1' && d[a + 1] >= '3' && d[a + 1] <= '9';
    }

    private static boolean idDate(char[] d, int a) {
        if (d[a] == '0') {
            return false;
        }
        int century = (d[a + 6] - '0') * 10 + (d[a + 7] - '0');
        int month = (d[a + 10] - '0') * 10 + (d[a + 11] - '0');
        int day = (d[a + 12] - '0') * 10 + (d[a + 13] - '0');
        return (century == 18 || century == 19 || century == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private boolean servicePrefix(char[] d, int a) {
        for (String p : r.servicePrefixes) {
            boolean ok = true;
            for (int i = 0; i < p.length() && ok; i++) {
                ok = d[a + i] == p.charAt(i);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private boolean bankCard(Digits.Run run, int a, int b) {
        int s = run.pos[a];
        int e = run.pos[b - 1] + 1;
        for (Hit h : hits(ComplianceRules.BANK_CUE)) {
            if (near(h, s, e)) {
                return true;
            }
        }
        for (Hit h : hits(ComplianceRules.ORDER_CUE)) {
            if (near(h, s, e)) {
                return false;
            }
        }
        return luhn(run.digits, a, b);
    }

    private static boolean near(Hit h, int s, int e) {
        return (h.oe <= s && s - h.oe <= 10) || (h.os >= e && h.os - e <= 10);
    }

    private static boolean luhn(char[] d, int a, int b) {
        int sum = 0;
        boolean dbl = false;
        for (int i = b - 1; i >= a; i--) {
            int v = d[i] - '0';
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private void emit(Digits.Run run, int a, int b, int kind, List<Pii> items) {
        if (kind == SERVICE) {
            return;
        }
        int start = run.pos[a];
        int end = run.pos[b - 1] + 1;
        int from;
        int to;
        switch (kind) {
            case MOBILE -> {
                from = a + 3;
                to = a + 7;
            }
            case MOBILE86 -> {
                from = a + 5;
                to = a + 9;
                if (start > 0 && t.folded.charAt(start - 1) == '+') {
                    start--;
                }
            }
            case ID_CARD -> {
                from = a + 4;
                to = a + 14;
            }
            case ID_CARD_X -> {
                from = a + 4;
                to = a + 14;
                end++;
            }
            case LANDLINE -> {
                int area = run.digits[a + 1] == '1' || run.digits[a + 1] == '2' ? 3 : 4;
                from = a + area;
                to = b - 4;
            }
            default -> { // BANK_CARD
                from = a + 4;
                to = b - 4;
            }
        }
        int[] pos = new int[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            pos[i - from] = run.pos[i];
        }
        items.add(new Pii(kind == MOBILE86 ? MOBILE : kind == ID_CARD_X ? ID_CARD : kind, start, end, pos));
    }

    private static boolean mayHoldAddress(String f) {
        for (int i = 0; i < f.length(); i++) {
            switch (f.charAt(i)) {
                case '路', '街', '巷', '同', '村', '弄', '栋', '幢', '元', '室', '户', '座', '楼', '号':
                    return true;
                default:
            }
        }
        return false;
    }

    private static boolean adminOrLeadIn(char c) {
        switch (c) {
            case '省', '市', '区', '县', '镇', '乡', '旗', '州', '盟', '是', '在', '到', '址', '寄', '送', '往', '住', '收',
                 '发', '给':
                return true;
            default:
                return !(Text.han(c) || Text.asciiAlnum(c));
        }
    }

    /** Where masking starts: after the last administrative suffix or lead-in word before the anchor. */
    private int maskStart(int start, int anchor) {
        int ms = start;
        for (int i = start; i < anchor; i++) {
            if (adminOrLeadIn(t.folded.charAt(i))) {
                ms = i + 1;
            }
        }
        return ms;
    }

    private void addresses(List<Pii> items) {
        String f = t.folded;
        int n = f.length();
        List<int[]> spans = new ArrayList<>(1);
        Matcher m = STREET.matcher(f);
        Matcher b = BUILDING.matcher(f);
        int from = 0;
        while (from < n && m.find(from)) {
            int s = maskStart(m.start(), m.start(1));
            int e = m.end();
            b.region(e, n);
            if (b.lookingAt() && b.end() > e) {
                e = b.end();
            }
            spans.add(new int[] {s, e});
            from = e;
        }
        b.reset();
        from = 0;
        while (from < n && b.find(from)) {
            int e = b.end();
            if (!overlaps(spans, b.start(), e) && buildingOnly(b)) {
                int s = b.group(1) != null ? maskStart(b.start(), b.start(1)) : b.start();
                spans.add(new int[] {s, e});
            }
            from = Math.max(e, b.start() + 1);
        }
        for (int[] sp : spans) {
            if (sp[1] > sp[0] && !overlapsPii(items, sp[0], sp[1])) {
                items.add(new Pii(ADDRESS, sp[0], sp[1], range(sp[0], sp[1])));
            }
        }
    }

    /** A building part on its own counts with two components or one plus a room number, one of them strong. */
    private static boolean buildingOnly(Matcher b) {
        String comps = b.group(2);
        Matcher c = COMP_P.matcher(comps);
        int count = 0;
        boolean strong = false;
        while (c.find()) {
            count++;
            String g = c.group();
            strong |= g.endsWith("号楼") || g.endsWith("栋") || g.endsWith("幢") || g.endsWith("座") || g.endsWith("单元")
                    || g.endsWith("室") || g.endsWith("户");
        }
        return strong && (count >= 2 || b.group(3) != null);
    }
}
