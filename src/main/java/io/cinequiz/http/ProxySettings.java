package io.cinequiz.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with forwarded addresses trusted from anyone: with proxy address forwarding on and no trusted proxy
 * configured, every client could set its own address with {@code X-Forwarded-For} and get a fresh rate-limit bucket
 * per request.
 */
@ApplicationScoped
class ProxySettings {

    void check(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        String problem = problem(
                config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false),
                config.getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class).orElse(List.of()));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** What is wrong with these proxy settings, or null. */
    static String problem(boolean forwarding, List<String> trustedProxies) {
        if (forwarding && trustedProxies.stream().allMatch(String::isBlank)) {
            return "quarkus.http.proxy.proxy-address-forwarding is on but no trusted proxy is configured: any client could"
                    + " choose its address. Set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to your proxies' addresses or CIDR"
                    + " ranges (such as 10.0.0.0/8).";
        }
        return null;
    }
}
