package io.cinequiz.opentdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingTest {

    private static final String SAMPLE = "Don't forget that π = 3.14 & doesn't equal 3.";

    @Test
    void htmlIsPhpHtmlentitiesWithQuotes() {
        assertEquals("Don&#039;t forget that &pi; = 3.14 &amp; doesn&#039;t equal 3.", Encoding.HTML.apply(SAMPLE));
        assertEquals("&quot;Am&eacute;lie&quot; &lt;b&gt;", Encoding.HTML.apply("\"Amélie\" <b>"));
    }

    @Test
    void urlLegacyIsPhpUrlencode() {
        assertEquals("Don%27t+forget+that+%CF%80+%3D+3.14+%26+doesn%27t+equal+3.", Encoding.URL_LEGACY.apply(SAMPLE));
        assertEquals("%2A%7E-_.", Encoding.URL_LEGACY.apply("*~-_."));
    }

    @Test
    void url3986IsPhpRawurlencode() {
        assertEquals("Don%27t%20forget%20that%20%CF%80%20%3D%203.14%20%26%20doesn%27t%20equal%203.",
                Encoding.URL3986.apply(SAMPLE));
        assertEquals("%2A~-_.%2B", Encoding.URL3986.apply("*~-_.+"));
    }

    @Test
    void base64EncodesUtf8() {
        assertEquals("RG9uJ3QgZm9yZ2V0IHRoYXQgz4AgPSAzLjE0ICYgZG9lc24ndCBlcXVhbCAzLg==", Encoding.BASE64.apply(SAMPLE));
    }

    @ParameterizedTest
    @CsvSource({ "urlLegacy,URL_LEGACY", "URL3986,URL3986", "base64,BASE64", "'',HTML" })
    void parsesTheEncodeParameter(String value, Encoding expected) {
        assertEquals(expected, Encoding.parse(value));
        assertEquals(Encoding.HTML, Encoding.parse(null));
    }

    @Test
    void unknownEncodingIsInvalid() {
        assertNull(Encoding.parse("rot13"));
    }
}
