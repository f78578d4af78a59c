package io.migrascope.ui.sql;

import java.util.function.IntFunction;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** A read-only code area with line numbers showing one highlighted text. FX thread only. */
public final class SqlCodeView {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);

    public SqlCodeView() {
        area.setEditable(false);
        area.getStyleClass().add("sql-code");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    }

    /** Replaces the text and applies the precomputed highlighting in one call. */
    public void show(SqlDocument document) {
        area.replaceText(document.text());
        area.setStyleSpans(0, document.highlighting());
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** For side-by-side views whose line numbers are not the paragraph numbers. */
    void lineNumbers(IntFunction<Node> factory) {
        area.setParagraphGraphicFactory(factory);
    }

    public CodeArea area() {
        return area;
    }

    public Node node() {
        return scroll;
    }
}
