package io.migrascope.ui.sql;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * One text the SQL pane shows in a tab — a file, the part of it apply runs, or what a tracking row
 * stored — with its highlighting already computed (off the FX thread).
 *
 * @param title        the tab's title
 * @param text         the text exactly as shown
 * @param highlighting style classes for every character of {@code text}
 */
public record SqlDocument(String title, String text, StyleSpans<Collection<String>> highlighting) {

    /** Highlights {@code text}; call it on a background thread for big files. */
    public static SqlDocument of(String title, String text) {
        return new SqlDocument(title, text, SqlHighlighter.highlight(text));
    }
}
