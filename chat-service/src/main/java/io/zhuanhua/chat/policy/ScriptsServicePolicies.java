package io.zhuanhua.chat.policy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.scripts.v1.GetShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.OpeningInterval;
import io.zhuanhua.proto.scripts.v1.ShopPolicy;
import io.zhuanhua.proto.scripts.v1.ShopPolicyServiceGrpc.ShopPolicyServiceBlockingStub;

/** Reads shop policies from scripts-service's ShopPolicyService, with the key scripts-service knows us by. */
@ApplicationScoped
public class ScriptsServicePolicies implements PublishedPolicies {
    private static final Logger LOG = Logger.getLogger(ScriptsServicePolicies.class);

    private final ShopPolicyServiceBlockingStub scripts;
    private final long deadlineMillis;

    public ScriptsServicePolicies(@GrpcClient("scripts") ShopPolicyServiceBlockingStub scripts, ChatConfig config) {
        this.scripts = config.scriptsApiKey().map(key -> ApiKeys.withKey(scripts, key)).orElse(scripts);
        this.deadlineMillis = config.policy().deadline().toMillis();
    }

    @Override
    public Optional<Published> fetch(String shopId) {
        ShopPolicy policy;
        try {
            policy = scripts.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS)
                    .getShopPolicy(GetShopPolicyRequest.newBuilder().setShopId(shopId).build()).getPolicy();
        } catch (StatusRuntimeException e) {
            throw new Unavailable("scripts-service gave no shop policy (" + e.getStatus().getCode() + ")", e);
        }
        return policy.getVersion() == 0 ? Optional.empty() : Optional.of(published(shopId, policy));
    }

    /** What the policy states; a part chat-service cannot apply is left to its configuration, and logged. */
    static Published published(String shopId, ShopPolicy policy) {
        Optional<BusinessHours> hours = Optional.empty();
        if (policy.hasBusinessHours() && policy.getBusinessHours().getIntervalsCount() > 0) {
            try {
                hours = Optional.of(businessHours(policy.getBusinessHours()));
            } catch (IllegalArgumentException | DateTimeException e) {
                LOG.warnf("shop %s: business hours in scripts-service not applied: %s", shopId, e.getMessage());
            }
        }
        Set<Category> bot = EnumSet.noneOf(Category.class);
        // Numbers, not enum values: a category newer than this build is skipped instead of failing the read.
        for (int number : policy.getBotCategoriesValueList()) {
            Category.ofNumber(number).ifPresent(bot::add);
        }
        return new Published(hours, bot.isEmpty() ? Optional.empty() : Optional.of(bot));
    }

    static BusinessHours businessHours(io.zhuanhua.proto.scripts.v1.BusinessHours hours) {
        ZoneId zone = hours.getTimeZone().isEmpty() ? BusinessHours.DEFAULT_ZONE : ZoneId.of(hours.getTimeZone());
        return new BusinessHours(zone, hours.getIntervalsList().stream().map(ScriptsServicePolicies::interval).toList());
    }

    private static BusinessHours.Interval interval(OpeningInterval i) {
        if (i.getDayValue() < 1 || i.getDayValue() > 7) {
            throw new IllegalArgumentException("an interval without a day");
        }
        return new BusinessHours.Interval(DayOfWeek.of(i.getDayValue()),
                LocalTime.of(i.getOpens().getHours(), i.getOpens().getMinutes()),
                LocalTime.of(i.getCloses().getHours(), i.getCloses().getMinutes()));
    }
}
