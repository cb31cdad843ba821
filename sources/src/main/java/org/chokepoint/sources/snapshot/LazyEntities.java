package org.chokepoint.sources.snapshot;

import org.chokepoint.model.Entity;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The entities of a snapshot body, each decoded when first asked for and then kept, so that screening one name
 * decodes the few hundred entities it looks at instead of all 47,000 (0.6 s). Every caller sees the same
 * instance of an entity. Copying the whole list ({@code List.copyOf}, {@code toArray}: building a name index)
 * decodes what is left on all cores. A body that turns out malformed here (its checksum was right, so only a
 * faulty writer makes one) throws {@link java.io.UncheckedIOException} holding the {@link SnapshotFormatException}.
 */
final class LazyEntities extends AbstractList<Entity> implements RandomAccess {
    private final EntityBody body;
    private final AtomicReferenceArray<Entity> decoded;

    LazyEntities(EntityBody body) {
        this.body = body;
        this.decoded = new AtomicReferenceArray<>(body.size());
    }

    @Override
    public Entity get(int index) {
        Entity e = decoded.get(index);
        if (e != null) return e;
        Entity fresh = body.decodeUnchecked(index);
        return decoded.compareAndSet(index, null, fresh) ? fresh : decoded.get(index);
    }

    @Override
    public int size() {
        return decoded.length();
    }

    @Override
    public Object[] toArray() {
        decodeRest();
        return super.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        decodeRest();
        return super.toArray(a);
    }

    private void decodeRest() {
        IntStream.range(0, size()).parallel().forEach(this::get);
    }
}
