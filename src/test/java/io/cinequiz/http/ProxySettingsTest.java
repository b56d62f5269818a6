package io.cinequiz.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The service refuses to start trusting forwarded addresses from anyone. */
class ProxySettingsTest {

    @Test
    void forwardingNeedsTrustedProxies() {
        assertNotNull(ProxySettings.problem(true, List.of()));
        assertNotNull(ProxySettings.problem(true, List.of("")));
        assertNull(ProxySettings.problem(true, List.of("10.0.0.0/8")));
        assertNull(ProxySettings.problem(false, List.of()));
    }
}
