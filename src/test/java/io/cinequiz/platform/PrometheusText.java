package io.cinequiz.platform;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sample from {@code /q/metrics}, in the Prometheus text format that the service exposes on its management
 * interface (a port of its own, a free one in tests).
 */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    private PrometheusText() {
    }

    /**
     * The value of the sample named {@code name} whose labels include {@code labels} (pairs: name, value), or 0 when
     * there is none yet (a meter appears when first registered).
     */
    public static double value(String name, String... labels) {
        String text = given().when().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name) && hasLabels(m.group(2), labels)) {
                return Double.parseDouble(m.group(3));
            }
        }
        return 0;
    }

    /** The address of {@code path} on the management interface of the service under test. */
    public static String management(String path) {
        String base = TestHTTPResourceManager.getManagementUri().replaceAll("/q/?$", "").replaceAll("/$", "");
        return base + path;
    }

    private static boolean hasLabels(String block, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (block == null || !block.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
