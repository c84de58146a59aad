package io.zhuanhua.chat.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * A wider net than {@link QuestionClassifierTest}: messy buyer lines written while widening the
 * lexicon (IME typos, dialect, topic-then-question, several product kinds), none taken from the dev
 * set. A few are honestly ambiguous, so the bar is an overall accuracy, and the misses are printed.
 */
class QuestionClassifierBuyerLinesTest {

    private static final double MIN_TOP_ONE = 0.97;

    private static final String LINES = """
            ACK | 好滴
            ACK | 好嘞 谢谢亲
            ACK | 嗯 知道了
            ACK | 行 那我拍了
            ACK | 谢啦
            ACK | 质量不错 下次还来
            ACK | 收到了 很满意
            ACK | 谢谢老板 已经下单了
            ACK | 嗯呢
            ACK | 好的好的 麻烦了
            ACK | okok
            ACK | 好的亲
            ACK | ok了 谢谢
            ACK | 明白了 谢谢
            ACK | 嗯好
            ACK | 好的 我考虑一下
            ACK | 行 谢了
            ACK | 好
            ACK | 收到
            ACK | 嗯嗯好的
            ACK | OK
            AUTHENTICITY | 保真吗
            AUTHENTICITY | 是官方正品吗
            AUTHENTICITY | 有防伪码吗
            AUTHENTICITY | 是全新未拆封的吗
            AUTHENTICITY | 怎么保证是真的
            AUTHENTICITY | 这个是不是正品 有没有小票
            AUTHENTICITY | 是不是真的羊绒
            AUTHENTICITY | 有没有品牌授权书
            AUTHENTICITY | 是海外直邮的吗 正品吗
            AUTHENTICITY | 手机是官换机吗
            AUTHENTICITY | 是国行正品吗
            AUTHENTICITY | 假一赔三吗
            AUTHENTICITY | 有授权吗
            BARGAIN | 老顾客了便宜点呗
            BARGAIN | 能少个二十吗
            BARGAIN | 一百五行不行
            BARGAIN | 太贵了 再优惠点
            BARGAIN | 给个最低价
            BARGAIN | 少二十包邮可以不
            BARGAIN | 价格能再低点吗
            BARGAIN | 我要十个 能便宜多少
            BARGAIN | 给个实在价
            BARGAIN | 不还价吗
            BARGAIN | 能便宜点不 学生党
            BARGAIN | 便宜些呗
            BARGAIN | 最低多少
            BARGAIN | 老板给个优惠呗
            COLOR_DIFF | 实物和图片有差别吗
            COLOR_DIFF | 颜色会不会比图片深
            COLOR_DIFF | 图片是实拍吗
            COLOR_DIFF | 色差严重吗
            COLOR_DIFF | 颜色偏红吗
            COLOR_DIFF | 和主图颜色一样吗
            COLOR_DIFF | 照片有没有滤镜
            COLOR_DIFF | 实物是不是比图片暗
            COLOR_DIFF | 这个蓝是偏紫的吗
            COLOR_DIFF | 色差大吗
            COLOR_DIFF | 实物好看吗 颜色正吗
            COMFORT | 坐着舒服吗
            COMFORT | 穿着热不热
            COMFORT | 冬天穿暖和吗
            COMFORT | 鞋底软吗
            COMFORT | 戴着勒耳朵吗
            COMFORT | 鞋底硬不硬 走路累吗
            COMFORT | 睡着舒服不
            COMFORT | 这个被子盖着暖和吗
            COMFORT | 耳机戴久了耳朵疼吗
            COMFORT | 走久了脚累不累
            COMFORT | 毛衣扎脖子吗
            COMFORT | 透不透气 会不会捂脚
            COMFORT | 这鞋子软吗 走路舒服吗
            COMPLAINT | 你们怎么回事 我要投诉
            COMPLAINT | 差评 垃圾
            COMPLAINT | 骗人的吧
            COMPLAINT | 服务太差劲了
            COMPLAINT | 再不处理就找平台
            COMPLAINT | 快递员态度太差了
            COMPLAINT | 我要给你们差评
            COMPLAINT | 你们这是欺诈
            COMPLAINT | 客服一直不回
            COMPLAINT | 你们这么做生意的吗
            COMPLAINT | 我要举报你们
            COMPLAINT | 投诉
            COMPLAINT | 服务态度真差
            COMPLAINT | 垃圾东西 骗人
            COURIER | 默认什么快递
            COURIER | 能发京东吗
            COURIER | 加钱能发顺丰不
            COURIER | 你们是哪里发货
            COURIER | 韵达到不了我这
            COURIER | 发顺丰要加多少钱
            COURIER | 能寄海外吗
            COURIER | 能发到乡镇吗
            COURIER | 默认发什么快递
            COURIER | 快递能送到家吗
            COURIER | 可以顺丰到付吗
            COURIER | 用的什么快递啊
            COURIER | 能发德邦吗 东西大
            DISPATCH_TIME | 现在下单啥时候发
            DISPATCH_TIME | 今天下单明天能收到吗
            DISPATCH_TIME | 发货快不快
            DISPATCH_TIME | 到上海要几天
            DISPATCH_TIME | 周五之前能到吗 着急
            DISPATCH_TIME | 今天拍今天能发出吗
            DISPATCH_TIME | 预售几天发货
            DISPATCH_TIME | 大概几天能收到
            DISPATCH_TIME | 发货要多久
            DISPATCH_TIME | 今天拍什么时候到
            DISPATCH_TIME | 下午五点前拍今天能发吗
            DISPATCH_TIME | 几天法货
            DISPATCH_TIME | 今天能发货不 急
            DISPATCH_TIME | 什么时候能到哈尔滨
            GIFT | 送老婆生日礼物合适吗
            GIFT | 可以包装成礼物吗
            GIFT | 能送个礼品袋吗
            GIFT | 送领导的 包装好看点
            GIFT | 能写个祝福语吗
            GIFT | 可以刻名字吗 送人的
            GIFT | 教师节送老师送什么好
            GIFT | 能不能装个礼盒
            GIFT | 送人用的 能帮忙包好看点吗
            GREETING | 有人吗 在不在
            GREETING | 您好 在吗
            GREETING | 哈喽
            GREETING | 在？
            GREETING | 早上好
            GREETING | 在不亲
            GREETING | 哈罗
            GREETING | 你好 请问一下
            GREETING | 亲在吗
            GREETING | [表情]
            GREETING | 再吗
            GREETING | 在吗在吗
            GREETING | 有人在线吗
            GREETING | hi 在吗
            HUMAN_AGENT | 找人工
            HUMAN_AGENT | 机器人别回了
            HUMAN_AGENT | 真人客服在吗
            HUMAN_AGENT | 人工客服在哪
            HUMAN_AGENT | 我要跟人说话
            HUMAN_AGENT | 不要机器回复
            HUMAN_AGENT | 转接人工客服
            HUMAN_AGENT | 机器人听不懂吗
            HUMAN_AGENT | 人工
            HUMAN_AGENT | 我要找客服
            HUMAN_AGENT | 你是机器人吗
            INSTALL_REPAIR | 包安装吗
            INSTALL_REPAIR | 啥时候来装
            INSTALL_REPAIR | 坏了去哪修
            INSTALL_REPAIR | 有售后吗
            INSTALL_REPAIR | 师傅上门收费吗
            INSTALL_REPAIR | 空调包安装吗 要另外收费吗
            INSTALL_REPAIR | 安装师傅没来
            INSTALL_REPAIR | 洗衣机坏了找谁修
            INSTALL_REPAIR | 包不包安装
            INSTALL_REPAIR | 维修点在哪
            INSTALL_REPAIR | 安装要预约吗
            INSTALL_REPAIR | 质保期内可以免费换吗
            INSTALL_REPAIR | 需要自己安装吗 有没有师傅上门
            INSTALL_REPAIR | 坏了 保修吗
            INVOICE | 发票能开吗
            INVOICE | 开电子发票可以吗
            INVOICE | 需要开增值税发票
            INVOICE | 能开个人抬头吗
            INVOICE | 开票要加税点吗
            INVOICE | 发票随货寄吗
            INVOICE | 发票可以写办公用品吗
            INVOICE | 电子发票什么时候开
            INVOICE | 怎么开增票
            INVOICE | 要发票 公司抬头
            INVOICE | 可以开普票吗
            LOGISTICS | 快递到哪了
            LOGISTICS | 物流一直没动
            LOGISTICS | 显示已签收 我没拿到
            LOGISTICS | 单号多少
            LOGISTICS | 下单三天了还没发
            LOGISTICS | 咋还没发货
            LOGISTICS | 我昨天拍的怎么还没发
            LOGISTICS | 快递一直显示待揽收
            LOGISTICS | 包裹三天没动了
            LOGISTICS | 快递给我放哪了 没找到
            LOGISTICS | 快递员说放门口了 没看到
            LOGISTICS | 快递怎么退回去了
            LOGISTICS | 我的快递一直在派送中
            LOGISTICS | 查一下我的订单到哪了
            LOGISTICS | 发火了吗
            LOGISTICS | [订单x] 发了没
            LOGISTICS | [订单x] 怎么还没物流信息
            LOGISTICS | 我的单号查不到
            LOGISTICS | 快第到了没
            LOGISTICS | 物流几天没动了 怎么回事
            ORDER_CHANGE | 地址改一下
            ORDER_CHANGE | 手机号填错了
            ORDER_CHANGE | 我拍错颜色了 帮我改成黑的
            ORDER_CHANGE | 订单取消一下
            ORDER_CHANGE | 麻烦备注不要放发票
            ORDER_CHANGE | 能帮我把两单一起寄吗
            ORDER_CHANGE | 收货人写错了
            ORDER_CHANGE | 颜色拍错了 还没发吧 帮改成白色
            ORDER_CHANGE | 明天再发可以吗 这两天不在家
            ORDER_CHANGE | 帮我改下收货电话
            ORDER_CHANGE | 能取消吗 不想要了
            ORDER_CHANGE | 订单的颜色我想改一下
            ORDER_CHANGE | 给我备注加急
            ORDER_CHANGE | 地址填错了 帮我改下
            ORDER_CHANGE | 还没发货能改颜色吗
            ORDER_CHANGE | 取消订单 不要了
            ORDER_CHANGE | 我拍了两单 一起发
            OTHER | [链接x]
            OTHER | 你好看吗
            OTHER | 你们是厂家吗
            OTHER | [商品x]
            OTHER | ？
            OTHER | [图片][图片]
            PAYMENT | 支付宝付不了
            PAYMENT | 可以货到付款吗
            PAYMENT | 能分三期吗
            PAYMENT | 怎么用信用卡付
            PAYMENT | 信用卡可以用吗
            PAYMENT | 余额不够 能先付一部分吗
            PAYMENT | 付款显示异常
            PAYMENT | 用淘宝先用后付可以吗
            PAYMENT | 付款的时候提示风险
            PAYMENT | 可以用别人的支付宝付吗
            PAYMENT | 定金什么时候付
            PAYMENT | 付款付不了 一直转圈
            PAYMENT | 能用微信付款吗
            PRICE | 这款啥价
            PRICE | 价格多少啊亲
            PRICE | 多钱
            PRICE | 这个卖几块
            PRICE | 两件一起多少钱
            PRICE | 多少钱一盒
            PRICE | 批发价多少
            PRICE | 这个原价多少
            PRICE | 二十块一个吗
            PRICE | 这个卖多少米
            PRICE | 一套多少钱 含不含安装
            PRICE | 多少前
            PRICE | 这个多少钱啊 [链接x]
            PRICE_COMPARE | 为啥你家比别人贵这么多
            PRICE_COMPARE | 上周买才79 现在99
            PRICE_COMPARE | 隔壁店同款便宜十块
            PRICE_COMPARE | 怎么比活动前还贵
            PRICE_COMPARE | 这个比超市贵多了
            PRICE_COMPARE | 我朋友在你家买的比我便宜
            PRICE_COMPARE | 人家卖39你卖59
            PRICE_COMPARE | 昨天看的时候还便宜
            PRICE_COMPARE | 怎么比上次买贵了
            PRICE_COMPARE | 别的店才卖一半的价
            PROMOTION | 现在买有什么优惠
            PROMOTION | 店铺券在哪里领
            PROMOTION | 满300减多少
            PROMOTION | 有赠品吗
            PROMOTION | 第二件半价吗
            PROMOTION | 新人有券吗
            PROMOTION | 关注店铺有优惠吗
            PROMOTION | 会员有折扣吗
            PROMOTION | 什么时候有活动啊 等降价
            PROMOTION | 领了券是多少钱
            PROMOTION | 满两件打几折
            PROMOTION | 会员日是哪天
            PROMOTION | 还有优惠吗 我拍两件
            PROMOTION | 有满减活动吗
            PROMOTION | 新客有优惠吗
            PROMOTION | 优惠劵在哪
            PROMOTION | 赠品可以选吗
            QUALITY | 穿久了会变形吗
            QUALITY | 会不会褪色啊
            QUALITY | 质量靠谱不
            QUALITY | 做工咋样
            QUALITY | 有异味吗 放了会不会有味道
            QUALITY | 这个会不会缩水 是全棉的吗
            QUALITY | 会掉毛吗 小孩穿
            QUALITY | 这个锅会粘锅吗
            QUALITY | 戒指戴久了会褪色吗
            QUALITY | 晒了会变色吗
            QUALITY | 会不会掉渣
            QUALITY | 耐不耐摔
            QUALITY | 会漏水吗
            QUALITY_COMPLAINT | 东西收到是坏的
            QUALITY_COMPLAINT | 拆开发现有划痕
            QUALITY_COMPLAINT | 少了一个零件
            QUALITY_COMPLAINT | 穿一次就起球了
            QUALITY_COMPLAINT | 味道太重了 熏得头疼
            QUALITY_COMPLAINT | 质量太差了吧
            QUALITY_COMPLAINT | 洗过之后缩水了好多
            QUALITY_COMPLAINT | 东西坏了 能换一个新的吗
            QUALITY_COMPLAINT | 收到的衣服有个洞
            QUALITY_COMPLAINT | 鞋子一脚大一脚小
            QUALITY_COMPLAINT | 跟我买的不一样
            QUALITY_COMPLAINT | 收到的杯子有裂痕
            QUALITY_COMPLAINT | 衣服上有污渍洗不掉
            QUALITY_COMPLAINT | 开机就黑屏
            QUALITY_COMPLAINT | 少了一只袜子
            QUALITY_COMPLAINT | 发过来的是旧的
            QUALITY_COMPLAINT | 收到货了 但是坏了一个
            QUALITY_COMPLAINT | 裤子线头好多 还开线
            QUALITY_COMPLAINT | 东西跟描述的不一样
            QUALITY_COMPLAINT | 发给我的颜色不对
            RECOMMEND | 这几款你觉得哪个好
            RECOMMEND | 纠结黑色还是白色
            RECOMMEND | 有没有推荐的
            RECOMMEND | 帮我选一个吧
            RECOMMEND | 哪个更适合我
            RECOMMEND | 三个月宝宝用奶瓶 哪个好
            RECOMMEND | 这款跟那款选哪个
            RECOMMEND | 你们家卖的最好的是哪款
            RECOMMEND | 给我妈买 推荐一个
            RECOMMEND | 小个子推荐哪款
            RECOMMEND | 两个都想要 选哪个好呢
            RECOMMEND | 你觉得哪个色好看
            RECOMMEND | 帮我挑个适合学生的
            RECOMMEND | 推荐一下
            RECOMMEND | 这两个买哪个划算
            REFUND | 钱怎么还没退
            REFUND | 退款多久到账
            REFUND | 申请了退款没人处理
            REFUND | 退款退哪里了
            REFUND | 刚买就降价了 能补差价吗
            REFUND | 上个月买的现在便宜了五十
            REFUND | 退款还没到账
            REFUND | 退货的话钱原路退回吗
            REFUND | 刚买完就降价了
            REFUND | 退款怎么还没到
            REFUND | 同意退款了吗
            REFUND | 退款被拒了 为什么
            REFUND | 已经寄回了 什么时候退款
            REFUND | 退款多久能到
            REFUND | 差价能退吗
            RETURN_EXCHANGE | 不喜欢可以退吗
            RETURN_EXCHANGE | 我想换个颜色
            RETURN_EXCHANGE | 怎么申请退货
            RETURN_EXCHANGE | 尺码不合适能换吗
            RETURN_EXCHANGE | 退货怎么操作
            RETURN_EXCHANGE | 能七天无理由退吗
            RETURN_EXCHANGE | 尺码大了想换小一码
            RETURN_EXCHANGE | 能不能换货
            RETURN_EXCHANGE | 拆封了还能退吗
            RETURN_EXCHANGE | 我想退掉一件
            RETURN_EXCHANGE | 我要退货 怎么弄
            RETURN_EXCHANGE | 可以换大一码吗
            RETURN_EXCHANGE | 七天无理由退换吗
            RETURN_SHIPPING | 退货邮费谁付
            RETURN_SHIPPING | 有退货险吗
            RETURN_SHIPPING | 退回来的运费你们承担吗
            RETURN_SHIPPING | 寄回来的运费是我出吗
            RETURN_SHIPPING | 有没有运费险
            RETURN_SHIPPING | 上门取件收钱吗
            RETURN_SHIPPING | 退货运费险怎么理赔
            RETURN_SHIPPING | 退回运费多少
            RETURN_SHIPPING | 退货运费你们出吗
            RETURN_SHIPPING | 寄回运费多少
            SHELF_LIFE | 什么时候生产的
            SHELF_LIFE | 保质期到什么时候
            SHELF_LIFE | 是最近生产的吗
            SHELF_LIFE | 能放冰箱保存吗
            SHELF_LIFE | 过期时间是多久
            SHELF_LIFE | 保质期几个月
            SHELF_LIFE | 这批是几月份的货
            SHELF_LIFE | 鸡蛋新鲜吗 是当天的吗
            SHELF_LIFE | 保质期还有多久
            SHELF_LIFE | 是新鲜采摘的吗
            SHELF_LIFE | 开了盖能放几天
            SHELF_LIFE | 保质期多长时间
            SHELF_LIFE | 生产日期新吗
            SHIPPING_FEE | 能包邮不
            SHIPPING_FEE | 邮费多少钱
            SHIPPING_FEE | 江浙沪包邮吗
            SHIPPING_FEE | 几件包邮啊
            SHIPPING_FEE | 新疆包邮吗
            SHIPPING_FEE | 老板 包邮不 发啥快递
            SHIPPING_FEE | 这个价格能包邮吗
            SHIPPING_FEE | 偏远地区包邮吗
            SHIPPING_FEE | 运费怎么算
            SHIPPING_FEE | 满多少免运费
            SHIPPING_FEE | 到付吗
            SHIPPING_FEE | 包油吗亲
            SHIPPING_FEE | 邮费谁出 我买两件
            SHIPPING_FEE | 包邮到新疆吗
            SIZE_FIT | 我一米六八 一百二十斤 穿啥码合适
            SIZE_FIT | 码数正吗 我脚有点宽
            SIZE_FIT | 鞋子是正码还是偏大
            SIZE_FIT | 这裤子我腰二尺四能穿不
            SIZE_FIT | 168/55kg 推荐哪个码
            SIZE_FIT | 你们家鞋子偏码吗 我平常穿40
            SIZE_FIT | 一米七 一百四 穿xl可以吗
            SIZE_FIT | 我家狗20斤 穿多大
            SIZE_FIT | 鞋子偏大半码吗
            SIZE_FIT | 我胸围90 选什么码
            SIZE_FIT | 160穿s会短吗
            SIZE_FIT | 腰围多少的能穿
            SIZE_FIT | 帽子多大头围能戴
            SIZE_FIT | 尺吗偏大吗
            SIZE_FIT | m码适合多重的
            SIZE_FIT | 我平常穿l 这件也l吗
            SIZE_FIT | 小孩一米二穿多大码
            SPECS | 这个是什么材料做的
            SPECS | 里面是加绒的吗
            SPECS | 充满电要多久
            SPECS | 这两个颜色除了颜色还有别的区别吗
            SPECS | 有几个档位
            SPECS | 带不带遥控器
            SPECS | 这个重不重 多少斤
            SPECS | 这个玻璃杯能装开水吗
            SPECS | 杯子能放微波炉吗
            SPECS | 沙发多长
            SPECS | 这个多少瓦的
            SPECS | 口红是哑光的吗
            SPECS | 充电宝能带上飞机吗
            SPECS | 这个榴莲几房肉
            SPECS | 猕猴桃是软的还是硬的
            SPECS | 手机内存多大的
            SPECS | 沙发可以拆洗吗
            SPECS | 床垫多厚
            SPECS | 电动牙刷防水吗 能冲洗吗
            SPECS | 这个是电池款还是充电款
            SPECS | 电饭煲有预约功能吗
            SPECS | 这个是纯棉么
            SPECS | 里面是什么材质
            SPECS | 有几种颜色
            SPECS | 和上一款比有什么升级
            SPECS | 防水等级多少
            SPECS | 电池多少毫安
            SPECS | 能用多久 充满一次
            STOCK | 这个还有么
            STOCK | 红色的没了吗
            STOCK | 啥时候有货
            STOCK | 库存还多吗
            STOCK | xl还有货吗
            STOCK | 亲亲 这款有l码吗
            STOCK | 什么时候能补到货
            STOCK | 还剩几件
            STOCK | 白色还能买到吗
            STOCK | 什么时候上新
            STOCK | 这个码断了吗
            STOCK | 有现货还是预售
            STOCK | [链接x] 这款还有货么
            STOCK | 614223508871 有37的吗
            STOCK | 这个有或吗
            STOCK | 几时有货
            STOCK | 45码有吗
            SUITABILITY | 我儿子十岁 能穿吗
            SUITABILITY | 适合小学生用吗
            SUITABILITY | 我是油性皮肤 用这个会不会长痘
            SUITABILITY | 小米手机可以用不
            SUITABILITY | 老年人用着方便吗
            SUITABILITY | 这个面霜孕妇能用不
            SUITABILITY | 七八十岁的老人能用吗
            SUITABILITY | 胖子穿显瘦吗
            SUITABILITY | 适合混干皮吗
            SUITABILITY | 一岁的宝宝可以吃吗
            SUITABILITY | 2米的床能用吗
            SUITABILITY | 这个苹果15能用吗
            USAGE | 咋安装啊
            USAGE | 需要自己组装吗
            USAGE | 洗的时候要注意什么
            USAGE | 这个药一天吃几次
            USAGE | 用之前要先泡水吗
            USAGE | 怎么清洗比较好
            USAGE | 第一次用需要注意啥
            USAGE | 要不要提前泡一下
            USAGE | 空气炸锅需要预热吗
            USAGE | 面膜用完要洗脸吗
            USAGE | 扫地机怎么连wifi
            USAGE | 奶粉一次冲几勺
            USAGE | 衣服可以烘干吗
            USAGE | 这个怎么调温度
            USAGE | 需要插电吗
            """;

    @Test
    void mostMessyBuyerLinesGetTheirMainCategory() {
        QuestionClassifier classifier = QuestionClassifier.defaults();
        List<String> misses = new ArrayList<>();
        List<String> rows = LINES.lines().toList();
        for (String row : rows) {
            int bar = row.indexOf('|');
            Category expected = Category.valueOf(row.substring(0, bar).trim());
            String line = row.substring(bar + 1).trim();
            List<CategoryScore> scores = classifier.classify(line);
            if (scores.get(0).category() != expected) {
                misses.add(expected + " ← " + line + " → " + scores);
            }
        }
        double accuracy = 1.0 - (double) misses.size() / rows.size();
        misses.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "buyer lines: %d, top-1 accuracy %.4f%n", rows.size(), accuracy);
        assertTrue(accuracy >= MIN_TOP_ONE, String.format(Locale.ROOT, "top-1 accuracy %.4f < %.2f", accuracy, MIN_TOP_ONE));
    }
}
