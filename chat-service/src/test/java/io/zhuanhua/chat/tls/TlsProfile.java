package io.zhuanhua.chat.tls;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.zhuanhua.devpg.PostgresTestResource;

/** chat-service with TLS on, see {@link SelfSignedTls}. */
public class TlsProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class), new TestResourceEntry(SelfSignedTls.class));
    }
}
