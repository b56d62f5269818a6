package io.cinequiz.question;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of records and reads it back, each value by the type its record component declares: records
 * component by component, a sealed interface's value as its permitted class and then that record, lists and maps,
 * enums by name, strings, numbers, booleans and dates. Nothing in the data names a class, so reading makes only the
 * types the root type leads to. Java serialization does the same job but, on a fresh JVM, takes about half a second to
 * set up the record classes it meets (issue 14's start-up snapshot); this takes a few milliseconds.
 */
final class RecordCodec {

    private static final int MAX_LENGTH = 64 << 20;
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    }

    private RecordCodec() {
    }

    static void write(DataOutput out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            out.writeBoolean(value != null);
            if (value == null) {
                return;
            }
        }
        if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == String.class) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw.isEnum()) {
            out.writeUTF(((Enum<?>) value).name());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, argument(type, 0), element);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, argument(type, 0), entry.getKey());
                write(out, argument(type, 1), entry.getValue());
            }
        } else if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            int index = List.of(permitted).indexOf(value.getClass());
            out.writeByte(index);
            writeRecord(out, permitted[index], value);
        } else if (raw.isRecord()) {
            writeRecord(out, raw, value);
        } else {
            throw new IllegalArgumentException("No form for " + type);
        }
    }

    static Object read(DataInput in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive() && !in.readBoolean()) {
            return null;
        }
        if (raw == int.class || raw == Integer.class) {
            return in.readInt();
        } else if (raw == long.class || raw == Long.class) {
            return in.readLong();
        } else if (raw == double.class || raw == Double.class) {
            return in.readDouble();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw == String.class) {
            byte[] bytes = new byte[length(in)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw.isEnum()) {
            return enumConstant(raw, in.readUTF());
        } else if (raw == List.class) {
            int size = length(in);
            List<Object> list = new ArrayList<>(Math.min(size, 1024));
            for (int i = 0; i < size; i++) {
                list.add(read(in, argument(type, 0)));
            }
            return Collections.unmodifiableList(list);
        } else if (raw == Map.class) {
            int size = length(in);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(read(in, argument(type, 0)), read(in, argument(type, 1)));
            }
            return Collections.unmodifiableMap(map);
        } else if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            int index = in.readByte();
            if (index < 0 || index >= permitted.length) {
                throw new IOException("No class " + index + " of " + raw.getName());
            }
            return readRecord(in, permitted[index]);
        } else if (raw.isRecord()) {
            return readRecord(in, raw);
        }
        throw new IllegalArgumentException("No form for " + type);
    }

    private static void writeRecord(DataOutput out, Class<?> type, Object value) throws IOException {
        for (RecordComponent component : SHAPES.get(type).components()) {
            try {
                write(out, component.getGenericType(), component.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object readRecord(DataInput in, Class<?> type) throws IOException {
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.components().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in, shape.components()[i].getGenericType());
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("No " + type.getSimpleName() + " from these values", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) throws IOException {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("No " + type.getSimpleName() + " " + name, e);
        }
    }

    private static int length(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("A length of " + length);
        }
        return length;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
