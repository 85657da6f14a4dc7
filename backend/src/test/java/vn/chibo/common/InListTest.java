package vn.chibo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placeholders of an HQL "in" list come in a few fixed shapes, and every one of them is bound. */
class InListTest {

    /** A query that records what is bound to it. */
    private static Query recording(Map<String, Object> bound) {
        return (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args[0] instanceof String name) {
                        bound.put(name, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void roundsThePlaceholdersUpToAPowerOfTwoSoThatFewShapesOfTheQueryExist() {
        assertEquals("(:c0)", InList.of("c", List.of("a")).toString());
        assertEquals("(:c0, :c1)", InList.of("c", List.of("a", "b")).toString());
        assertEquals("(:c0, :c1, :c2, :c3)", InList.of("c", List.of("a", "b", "c")).toString());
        assertEquals("(:c0, :c1, :c2, :c3)", InList.of("c", List.of("a", "b", "c", "d")).toString());
        assertEquals(8, InList.of("c", List.of(1, 2, 3, 4, 5)).toString().split(",").length);
    }

    @Test
    void bindsEveryValueAndRepeatsTheLastInTheSpareSlots() {
        Map<String, Object> bound = new LinkedHashMap<>();
        InList.of("cell", List.of("x", "y", "z")).bindTo(recording(bound));
        assertEquals(Map.of("cell0", "x", "cell1", "y", "cell2", "z", "cell3", "z"), bound);
    }

    @Test
    void anEmptyCollectionBindsOneNullThatMatchesNothing() {
        Map<String, Object> bound = new LinkedHashMap<>();
        InList empty = InList.of("id", List.of());
        empty.bindTo(recording(bound));
        assertEquals("(:id0)", empty.toString());
        assertEquals(1, bound.size());
        assertEquals(null, bound.get("id0"));
    }

    @Test
    void pastTheMostSlotsTheCollectionIsBoundAsOneParameter() {
        List<Integer> most = java.util.stream.IntStream.range(0, InList.MAX_SLOTS).boxed().toList();
        assertEquals(InList.MAX_SLOTS, InList.of("c", most).toString().split(",").length);

        List<Integer> more = java.util.stream.IntStream.rangeClosed(0, InList.MAX_SLOTS).boxed().toList();
        Map<String, Object> bound = new LinkedHashMap<>();
        InList many = InList.of("c", more);
        many.bindTo(recording(bound));
        assertEquals("(:c)", many.toString());
        assertEquals(Map.of("c", more), bound);
    }
}
