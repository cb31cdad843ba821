package org.chokepoint.sources.tabular;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;

/** Rows streamed from one sheet's XML part (XLSX and ODS): the reader, its stream, the label and the row count. */
abstract class XmlSheetRows implements TabularReader {
    protected final XMLStreamReader r;
    private final InputStream in;
    protected final String label;
    /** Number of the row last returned (1-based). */
    protected long row;

    XmlSheetRows(XMLStreamReader r, InputStream in, String label) {
        this.r = r;
        this.in = in;
        this.label = label;
    }

    @Override
    public final String fileName() {
        return label;
    }

    @Override
    public final long recordLine() {
        return row;
    }

    @Override
    public final void close() throws IOException {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // closing a reader we are done with cannot lose data
        }
        in.close();
    }
}
