package io.zhuanhua.e2e;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One ordinary day of a Taobao women's clothing shop (暖阳女装旗舰店): 40 buyers ask before buying,
 * three agents and the bot answer, most buyers order, a few only browse, one cancels, two ask after-sale
 * questions and four buy without asking. Deterministic: the same day always yields the same events.
 */
public final class DemoDay {
    public static final String SHOP_ID = "demo-shop";
    public static final String SHOP_NAME = "暖阳女装旗舰店";

    /** Taobao sub-accounts are written shop:name. */
    private static final List<String> AGENTS = List.of("暖阳女装旗舰店:小雨", "暖阳女装旗舰店:阿杰", "暖阳女装旗舰店:小美");

    private record Item(String id, String name, long priceFen) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("623415789012", "加厚羊羔毛外套", 25900),
            new Item("623415789013", "高腰阔腿牛仔裤", 13900),
            new Item("623415789014", "纯棉宽松卫衣", 12900),
            new Item("623415789015", "羊毛针织开衫", 19900),
            new Item("623415789016", "高领打底衫", 5900));

    /** Buyer nicks as Taobao shows them. */
    private static final List<String> BUYERS = List.of(
            "小鱼儿爱吃鱼", "tb8823716_2012", "momo酱", "阳光下的葵花", "t_1502938475", "晴天娃娃0806", "吃不胖的喵",
            "tb_lily1993", "一颗小橙子", "江南烟雨客", "冬天的暖宝宝", "星星点灯77", "夏沫沫", "tb5520193847",
            "奶茶三分糖", "程序媛小林", "麦兜和麦唛", "木子李li", "南方姑娘", "tb_9927361", "喵小姐的衣柜",
            "风吹麦浪2020", "tb7781623_88", "可乐加冰", "早睡早起的兔", "安静的胖子", "甜甜圈圈", "tb1188239900",
            "柠檬不萌", "西安的小王", "米粒妈妈", "tb_dandan", "雨后彩虹88", "逛吃逛吃", "蓝色星球", "tb3382716",
            "桃子汽水", "慢慢走路的猫", "北京小刘", "芒果布丁");

    /**
     * How each buyer's day ends, by index: P ordered and paid, U ordered but left unpaid, C ordered and
     * cancelled, T ordered the next morning and paid, N no order.
     */
    private static final String OUTCOMES = "PNPNPUPNPNCPNPPTNPNPUNPNPPNPNPNPUPNPNPNP";

    private DemoDay() {
    }

    /** The day's events, at shop-local times of the given day. */
    public static ShopEvents on(LocalDate day) {
        if (OUTCOMES.length() != BUYERS.size()) {
            throw new IllegalStateException("one outcome per buyer");
        }
        ShopEvents events = new ShopEvents();
        LocalDateTime opening = day.atTime(9, 2);
        for (int i = 0; i < BUYERS.size(); i++) {
            String buyer = BUYERS.get(i);
            Item item = ITEMS.get(i % ITEMS.size());
            // Buyers arrive over the day, a little under twenty minutes apart.
            Clock clock = new Clock(opening.plusMinutes(i * 19L + (i * 7L) % 11));
            String agent = AGENTS.get(i % AGENTS.size());
            chat(events, i, buyer, agent, item, clock);
            order(events, i, buyer, item, clock, day);
        }
        afterSale(events, day);
        silentOrders(events, day);
        return events;
    }

    /** Buyers who ask before buying: every buyer of {@link #BUYERS} (after-sale chats are no inquiries). */
    public static int inquiringBuyers() {
        return BUYERS.size();
    }

    /** Writes one of the day's typical conversations; the first reply comes after 4 to 45 seconds. */
    private static void chat(ShopEvents e, int i, String buyer, String agent, Item item, Clock t) {
        long firstReply = 4 + (i * 13L) % 42;
        switch (i % 10) {
            case 0 -> {
                e.buyer(buyer, t.now(), "在吗");
                e.agent(buyer, agent, t.after(firstReply), "亲 在的呢 有什么可以帮您的~");
                e.buyer(buyer, t.after(30), "165 110斤穿什么码");
                e.agent(buyer, agent, t.after(25), "亲 建议拍M码哦 这款是宽松版型的");
                e.buyer(buyer, t.after(40), "好的 谢谢");
            }
            case 1 -> {
                // Routine questions the bot answers alone.
                e.buyer(buyer, t.now(), "包邮吗");
                e.bot(buyer, t.after(2), "亲 全店满99元包邮哦（新疆西藏除外）");
                e.buyer(buyer, t.after(20), "几天能到");
                e.bot(buyer, t.after(2), "亲 下午4点前付款当天发货 江浙沪一般次日达哦");
            }
            case 2 -> {
                e.buyer(buyer, t.now(), "有优惠券吗");
                e.agent(buyer, agent, t.after(firstReply), "亲 店铺首页可以领满199减20的券 还能叠加跨店满减哦");
                e.buyer(buyer, t.after(35), "能再便宜点吗");
                e.agent(buyer, agent, t.after(30), "亲 已经是活动价啦 拍下给您送一双羊毛袜好吗");
            }
            case 3 -> {
                e.buyer(buyer, t.now(), item.name() + "有色差吗");
                e.agent(buyer, agent, t.after(firstReply), "亲 都是实物拍摄的 不同屏幕显示会略有差异哦");
                e.buyer(buyer, t.after(50), "实物是这个颜色吗 怕偏黄");
                e.agent(buyer, agent, t.after(20), "亲 是燕麦色 偏暖一点 不会发黄的 放心拍");
            }
            case 4 -> {
                // The bot answers first, the buyer wants a human.
                e.buyer(buyer, t.now(), "今天能发货吗");
                e.bot(buyer, t.after(2), "亲 下午4点前付款当天发货哦");
                e.buyer(buyer, t.after(25), "转人工");
                e.transfer(buyer, agent, t.after(3));
                e.agent(buyer, agent, t.after(firstReply), "亲 我是客服小助手 您想问什么呢");
                e.buyer(buyer, t.after(30), "能发顺丰吗 急用");
                e.agent(buyer, agent, t.after(20), "亲 可以的 补10元运费差价就给您发顺丰");
            }
            case 5 -> {
                e.buyer(buyer, t.now(), "纯棉的吗");
                e.agent(buyer, agent, t.after(firstReply), "亲 面料是95%棉 5%氨纶 弹性很好哦");
                e.buyer(buyer, t.after(45), "起球吗");
                e.agent(buyer, agent, t.after(25), "亲 精梳棉的 正常穿着不容易起球呢");
            }
            case 6 -> {
                e.buyer(buyer, t.now(), "送女朋友的 能包装一下吗");
                e.agent(buyer, agent, t.after(firstReply), "亲 可以的 下单备注礼盒包装 免费的哦");
                e.buyer(buyer, t.after(40), "她160 95斤 穿S还是M");
                e.agent(buyer, agent, t.after(30), "亲 建议S码 这个身高体重穿S刚好");
            }
            case 7 -> {
                e.buyer(buyer, t.now(), "黑色M还有货吗");
                e.bot(buyer, t.after(2), "亲 黑色M码有现货哦 拍下即可");
                e.buyer(buyer, t.after(30), "冬天穿冷不冷啊");
                e.agent(buyer, agent, t.after(firstReply), "亲 里面是加厚羊羔毛 零下五度穿都暖和的");
            }
            case 8 -> {
                e.buyer(buyer, t.now(), "帮我推荐一款 平时穿S 小个子");
                e.agent(buyer, agent, t.after(firstReply), "亲 推荐这款高腰阔腿牛仔裤 S码 显高又显瘦~");
                e.buyer(buyer, t.after(60), "和另一款直筒的有什么区别");
                e.agent(buyer, agent, t.after(35), "亲 阔腿更遮胯 直筒更利落 您平时喜欢哪种风格呢");
                e.buyer(buyer, t.after(50), "那就阔腿吧");
            }
            default -> {
                e.buyer(buyer, t.now(), "亲 这款175穿多大");
                e.agent(buyer, agent, t.after(firstReply), "亲 175的话建议L码哦 喜欢宽松可以拍XL");
                e.buyer(buyer, t.after(30), "偏大吗");
                e.agent(buyer, agent, t.after(20), "亲 是标准码 按平时尺码拍就好");
            }
        }
    }

    private static void order(ShopEvents e, int i, String buyer, Item item, Clock t, LocalDate day) {
        String orderId = "4011" + day.toString().replace("-", "") + String.format("%04d", i);
        switch (OUTCOMES.charAt(i)) {
            case 'P' -> {
                e.ordered(orderId, buyer, t.after(8 * 60), item.priceFen(), item.id());
                e.paid(orderId, t.after(45));
            }
            case 'U' -> e.ordered(orderId, buyer, t.after(6 * 60), item.priceFen(), item.id());
            case 'C' -> {
                e.ordered(orderId, buyer, t.after(5 * 60), item.priceFen(), item.id());
                e.cancelled(orderId, t.after(20 * 60), "拍错颜色了");
            }
            case 'T' -> {
                // Ordered the next morning: still inside the inquiry's window (until the end of the next day).
                String morning = day.plusDays(1).atTime(9, 41).toString();
                e.ordered(orderId, buyer, morning, item.priceFen(), item.id());
                e.paid(orderId, day.plusDays(1).atTime(9, 42).toString());
            }
            case 'N' -> {
                // Only browsing today.
            }
            default -> throw new IllegalStateException("unknown outcome " + OUTCOMES.charAt(i));
        }
    }

    /** After-sale questions of earlier buyers: no inquiries, but part of an agent's day. */
    private static void afterSale(ShopEvents e, LocalDate day) {
        Clock t = new Clock(day.atTime(10, 15));
        e.buyerAfterSale("tb_xiaoxiao2019", t.now(), "我的快递怎么还没到 三天了");
        e.agent("tb_xiaoxiao2019", AGENTS.get(0), t.after(18), "亲 非常抱歉 帮您查了 已经到杭州转运中心了 明天就能送到");
        t = new Clock(day.atTime(15, 48));
        e.buyerAfterSale("大白兔奶糖", t.now(), "收到的卫衣开线了");
        e.agent("大白兔奶糖", AGENTS.get(1), t.after(25), "亲 非常抱歉 麻烦拍张照片给我们 马上给您补发或退款");
    }

    /** Buyers who found their answers on the page and ordered without asking. */
    private static void silentOrders(ShopEvents e, LocalDate day) {
        String[][] silent = {
            {"tb6651029384", "11:07", "623415789016"},
            {"追风少女", "13:52", "623415789014"},
            {"tb_mumu0521", "19:26", "623415789013"},
            {"深夜食堂", "22:40", "623415789016"}};
        for (int i = 0; i < silent.length; i++) {
            String orderId = "4012" + day.toString().replace("-", "") + String.format("%04d", i);
            String itemId = silent[i][2];
            Item item = ITEMS.stream().filter(it -> it.id().equals(itemId)).findFirst().orElseThrow();
            e.ordered(orderId, silent[i][0], day + "T" + silent[i][1], item.priceFen(), item.id());
            e.paid(orderId, day + "T" + silent[i][1] + ":50");
        }
    }

    /** A shop-local clock that moves forward as the conversation goes on. */
    private static final class Clock {
        private LocalDateTime now;

        Clock(LocalDateTime start) {
            this.now = start;
        }

        String now() {
            return now.toString();
        }

        String after(long seconds) {
            now = now.plusSeconds(seconds);
            return now.toString();
        }
    }
}
