package io.migrascope.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One tracking row's columns as read, in table order: the column names shared by every row of the
 * table, and this row's values. An immutable map without a node per entry: a status run keeps
 * 10,000 row images for the undo journal, and a linked hash map each was a fifth of its heap.
 */
public final class ColumnValues extends AbstractMap<String, Object> {
    private final List<String> names;
    private final Object[] values;

    /** @param names the table's column names, shared (not copied); {@code values} in the same order */
    public ColumnValues(List<String> names, Object[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " columns but " + values.length + " values");
        }
        this.names = names;
        this.values = values.clone();
    }

    @Override
    public Object get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names.get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public String toString() {
        return "ColumnValues" + names + Arrays.toString(values);
    }
}
