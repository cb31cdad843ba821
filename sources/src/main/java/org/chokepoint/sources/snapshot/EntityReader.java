package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.FuzzyDate;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.Link;
import org.chokepoint.model.LinkType;
import org.chokepoint.model.Name;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes one entity as {@link SnapshotCodec} encodes it: every string a reference into the body's string table
 * (0 = absent), enums by name, counts before lists. Lists of one or two values are built without a backing
 * array, and no list is built twice (the entity keeps the immutable lists made here as they are).
 */
final class EntityReader {
    /** The string table of a body: reference 1..{@link #count()}. */
    interface Strings {
        int count();

        String get(int ref);
    }

    private static final Map<String, Schema> SCHEMAS = enumIndex(Schema.class);
    private static final Map<String, NameKind> KINDS = enumIndex(NameKind.class);
    private static final Map<String, FuzzyDate.Precision> PRECISIONS = enumIndex(FuzzyDate.Precision.class);
    private static final Map<String, LinkType> LINK_TYPES = enumIndex(LinkType.class);

    private final ByteReader r;
    private final Strings strings;

    EntityReader(ByteReader r, Strings strings) {
        this.r = r;
        this.strings = strings;
    }

    /** The string table of a body decoded in full. */
    static Strings of(String[] table) {
        return new Strings() {
            @Override
            public int count() {
                return table.length - 1;
            }

            @Override
            public String get(int ref) {
                return table[ref];
            }
        };
    }

    private String str() throws SnapshotFormatException {
        int ref = r.readVarInt();
        if (ref == 0) return null;
        if (ref > strings.count()) throw r.corrupt("string reference " + ref + " beyond the table of " + strings.count());
        return strings.get(ref);
    }

    private <E> E enumValue(Map<String, E> values) throws SnapshotFormatException {
        String s = str();
        E v = values.get(s);
        if (v == null) throw r.corrupt("unknown value '" + s + "'");
        return v;
    }

    private List<String> strs() throws SnapshotFormatException {
        int n = r.readVarInt();
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(str());
            case 2 -> List.of(str(), str());
            default -> {
                String[] a = new String[plausible(n)];
                for (int i = 0; i < n; i++) a[i] = str();
                yield List.of(a);
            }
        };
    }

    /** A count of items that each take a byte at least: never more than the bytes left. */
    private int plausible(int n) throws SnapshotFormatException {
        if (n > r.remaining()) throw r.corrupt("count " + n + " beyond the end of the data");
        return n;
    }

    private FuzzyDate date() throws SnapshotFormatException {
        String raw = str();
        LocalDate earliest = LocalDate.ofEpochDay(r.readZigZag());
        LocalDate latest = earliest.plusDays(r.readZigZag());
        return new FuzzyDate(raw, earliest, latest, enumValue(PRECISIONS), r.readByte() != 0);
    }

    private interface Item<T> {
        T read() throws SnapshotFormatException;
    }

    /** A count, then that many items, as an immutable list. */
    private <T> List<T> list(Item<T> item) throws SnapshotFormatException {
        int n = r.readVarInt();
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(item.read());
            case 2 -> List.of(item.read(), item.read());
            default -> {
                Object[] a = new Object[plausible(n)];
                for (int i = 0; i < n; i++) a[i] = item.read();
                @SuppressWarnings("unchecked")
                List<T> out = (List<T>) List.of(a);
                yield out;
            }
        };
    }

    Entity read() throws SnapshotFormatException {
        String source = str();
        String sourceId = str();
        Schema schema = enumValue(SCHEMAS);
        List<Name> names = list(() -> new Name(str(), enumValue(KINDS), str(), str()));
        List<FuzzyDate> birthDates = list(this::date);
        List<String> birthPlaces = strs();
        List<String> nationalities = strs();
        List<String> citizenships = strs();
        List<String> countries = strs();
        List<Address> addresses = list(() -> new Address(str(), str(), str(), str(), str(), str()));
        List<Identifier> ids = list(() -> new Identifier(str(), str(), str(), str()));
        List<String> programs = strs();
        List<String> lists = strs();
        FuzzyDate listedOn = r.readByte() == 0 ? null : date();
        String remarks = str();
        List<Link> links = list(() -> {
            LinkType type = enumValue(LINK_TYPES);
            String target = str();
            String targetName = str();
            Double share = r.readByte() == 0 ? null : r.readDouble();
            return new Link(type, target, targetName, share);
        });
        int nDetails = r.readVarInt();
        Map<String, String> details = nDetails == 0 ? Map.of() : new HashMap<>(nDetails * 2);
        for (int i = 0; i < nDetails; i++) details.put(str(), str());
        return new Entity(source, sourceId, schema, names, birthDates, birthPlaces, nationalities, citizenships,
                countries, addresses, ids, programs, lists, listedOn, remarks, links, details);
    }

    private static <E extends Enum<E>> Map<String, E> enumIndex(Class<E> type) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) m.put(e.name(), e);
        return Map.copyOf(m);
    }
}
