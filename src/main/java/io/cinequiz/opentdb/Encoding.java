package io.cinequiz.opentdb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * How the OpenTDB API writes its strings ({@code encode=}): as PHP does, since clients decode what Open Trivia DB
 * sends. HTML is PHP's {@code htmlentities(ENT_QUOTES)} (HTML 4 entities, {@code '} as {@code &#039;}), urlLegacy its
 * {@code urlencode} ({@code +} for spaces), url3986 its {@code rawurlencode} ({@code %20}), base64 of the UTF-8 bytes.
 */
public enum Encoding {
    HTML, URL_LEGACY, URL3986, BASE64;

    /** The encoding an {@code encode} parameter names (absent or blank: HTML), or null if it names none. */
    static Encoding parse(String value) {
        if (value == null || value.isBlank()) {
            return HTML;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "urllegacy" -> URL_LEGACY;
            case "url3986" -> URL3986;
            case "base64" -> BASE64;
            default -> null;
        };
    }

    public String apply(String s) {
        if (s == null) {
            return null;
        }
        return switch (this) {
            case HTML -> StringEscapeUtils.escapeHtml4(s).replace("'", "&#039;");
            // Java's URLEncoder is PHP's urlencode but for '*', which PHP encodes.
            case URL_LEGACY -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A");
            case URL3986 -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                    .replace("%7E", "~");
            case BASE64 -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        };
    }
}
