package io.zhuanhua.metrics.rollup;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

import io.zhuanhua.metrics.conversion.BotFigures;
import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.ResponseFigures;
import io.zhuanhua.metrics.conversion.WaitStats;

/**
 * The stored form of a rollup row's figures (column report_rollup.figures): a version byte, then unsigned
 * varints: the ten conversion counts and amounts, the seven bot counts, the unanswered turns, messaged and
 * replied buyers, then six wait statistics (human first, human first business, bot first, bot first
 * business, turns, turns business), each as count, sum ms, within 6 s, within 10 s, longest ms and its
 * non-empty buckets as (index, count) pairs after their number. Compact because agent and product rows
 * are many and mostly hold few waits.
 */
final class FiguresCodec {
    private static final int VERSION = 1;

    private FiguresCodec() {
    }

    static byte[] encode(ConversionFigures f) {
        Writer w = new Writer();
        w.write(VERSION);
        for (long v : new long[] { f.inquiringBuyers(), f.orderingBuyers(), f.payingBuyers(), f.silentOrderingBuyers(),
                f.allOrderingBuyers(), f.csSalesMinor(), f.refunds(), f.refundedMinor() }) {
            w.varint(v);
        }
        BotFigures b = f.bot();
        for (long v : new long[] { b.botConversations(), b.botOnlyConversations(), b.transferredConversations(),
                b.botOnlyInquiries(), b.botOnlyOrderingBuyers(), b.transferredInquiries(),
                b.transferredOrderingBuyers() }) {
            w.varint(v);
        }
        ResponseFigures r = f.response();
        w.varint(r.unansweredTurns());
        w.varint(r.messagedBuyers());
        w.varint(r.repliedBuyers());
        for (WaitStats s : List.of(r.humanFirst(), r.humanFirstBusiness(), r.botFirst(), r.botFirstBusiness(), r.turns(),
                r.turnsBusiness())) {
            w.varint(s.count());
            w.varint(s.sumMillis());
            w.varint(s.withinSixSeconds());
            w.varint(s.withinTenSeconds());
            w.varint(s.longestMillis());
            long[] buckets = s.buckets();
            int used = 0;
            for (long count : buckets) {
                used += count > 0 ? 1 : 0;
            }
            w.varint(used);
            for (int i = 0; i < buckets.length; i++) {
                if (buckets[i] > 0) {
                    w.varint(i);
                    w.varint(buckets[i]);
                }
            }
        }
        return w.toByteArray();
    }

    static ConversionFigures decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int version = in.get();
        if (version != VERSION) {
            throw new IllegalStateException("unknown rollup figures version " + version);
        }
        long inquiring = varint(in);
        long ordering = varint(in);
        long paying = varint(in);
        long silent = varint(in);
        long allOrdering = varint(in);
        long sales = varint(in);
        long refunds = varint(in);
        long refunded = varint(in);
        BotFigures bot = new BotFigures(varint(in), varint(in), varint(in), varint(in), varint(in), varint(in),
                varint(in));
        long unanswered = varint(in);
        long messaged = varint(in);
        long replied = varint(in);
        WaitStats[] waits = new WaitStats[6];
        for (int k = 0; k < waits.length; k++) {
            long count = varint(in);
            long sum = varint(in);
            long six = varint(in);
            long ten = varint(in);
            long longest = varint(in);
            long[] buckets = new long[WaitStats.BUCKETS];
            long used = varint(in);
            for (int i = 0; i < used; i++) {
                int bucket = (int) varint(in);
                buckets[bucket] = varint(in);
            }
            waits[k] = count == 0 ? WaitStats.EMPTY : WaitStats.of(count, sum, six, ten, longest, buckets);
        }
        return new ConversionFigures(inquiring, ordering, paying, silent, allOrdering, sales, refunds, refunded,
                new ResponseFigures(waits[0], waits[1], waits[2], waits[3], waits[4], waits[5], unanswered, messaged,
                        replied),
                bot);
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** Unsigned LEB128 varints: every stored value is a count, an amount or a wait, never negative. */
    private static final class Writer extends ByteArrayOutputStream {
        Writer() {
            super(64);
        }

        void varint(long value) {
            long v = value;
            while ((v & ~0x7fL) != 0) {
                write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }
    }
}
