package io.cinequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cinequiz.catalog.Value;
import io.cinequiz.catalog.ValueType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    /** Every form the codec knows, nulls among them. */
    record Everything(String text, String none, int count, long big, double share, boolean flag, ValueType kind,
            LocalDate day, List<List<String>> nested, Map<String, Long> counts, List<Value> values, Integer boxed) {
    }

    private static byte[] written(Object value, Class<?> type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RecordCodec.write(out, type, value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes, Class<?> type) throws IOException {
        return RecordCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)), type);
    }

    @Test
    void aRecordReadsBackEqualWithItsNullsItsOrderAndTheKindOfEachValue() throws IOException {
        Map<String, Long> counts = new TreeMap<>(Map.of("b", 2L, "a", 1L, "é", 3L));
        Everything value = new Everything("La Cité des enfants perdus", null, -3, Long.MAX_VALUE, 0.75, true,
                ValueType.PERSON, LocalDate.of(1995, 5, 17), List.of(List.of("000", "002"), List.of()), counts,
                List.of(new Value.Name(ValueType.PERSON, "Ron Perlman"),
                        new Value.Quantity(ValueType.DURATION, "112 min", 112, 112, "min"),
                        new Value.DateRange(ValueType.DATE, "1995", LocalDate.of(1995, 1, 1), LocalDate.of(1995, 12, 31)),
                        new Value.Countries("France, Germany, Spain", List.of("FR", "DE", "ES"))),
                null);

        Everything back = (Everything) read(written(value, Everything.class), Everything.class);

        assertEquals(value, back);
        assertEquals(List.copyOf(counts.keySet()), List.copyOf(back.counts().keySet()), "the map's order kept");
        assertEquals(Value.Countries.class, back.values().get(3).getClass());
    }

    @Test
    void aValueOfAKindTheSealedTypeDoesNotPermitIsRefused() throws IOException {
        byte[] bytes = written(new Value.Name(ValueType.PERSON, "Judith Vittet"), Value.class);
        bytes[1] = 9; // after the presence flag: the index of its class among Value's permitted ones
        IOException e = assertThrows(IOException.class, () -> read(bytes, Value.class));
        assertTrue(e.getMessage().contains("No class 9"), e.getMessage());
    }

    @Test
    void aFileCutShortOrNamingAnUnknownConstantIsRefused() throws IOException {
        byte[] bytes = written(new Value.Name(ValueType.PERSON, "Judith Vittet"), Value.class);
        assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length - 3), Value.class));

        byte[] renamed = written(new Value.Name(ValueType.PERSON, "x"), Value.class);
        int at = new String(renamed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("PERSON");
        renamed[at] = 'Q';
        IOException e = assertThrows(IOException.class, () -> read(renamed, Value.class));
        assertTrue(e.getMessage().contains("QERSON"), e.getMessage());
    }
}
