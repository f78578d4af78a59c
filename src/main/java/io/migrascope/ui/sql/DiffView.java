package io.migrascope.ui.sql;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Two code areas side by side, scrolled together: what was applied on the left, the file on the
 * right, changed lines marked on both sides and the verdict above them. FX thread only.
 */
final class DiffView {
    private final BorderPane root = new BorderPane();

    DiffView(DriftComparison comparison) {
        Label verdict = new Label(comparison.verdict());
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll("diff-verdict",
                comparison.cosmetic() ? "diff-verdict-cosmetic" : "diff-verdict-changed");
        verdict.setId("diff-verdict");
        Label legend = new Label(comparison.changes().size() + " line(s) differ. Shown: " + DriftComparison.CR
                + " carriage return, " + DriftComparison.SPACE + " trailing space, " + DriftComparison.TAB
                + " trailing tab, " + DriftComparison.BOM + " byte order mark.");
        legend.setWrapText(true);
        legend.getStyleClass().add("diff-legend");
        SqlCodeView left = side(comparison, true);
        SqlCodeView right = side(comparison, false);
        left.area().estimatedScrollYProperty().bindBidirectional(right.area().estimatedScrollYProperty());
        SplitPane panes = new SplitPane(titled(comparison.leftTitle(), left, "diff-left"),
                titled(comparison.rightTitle(), right, "diff-right"));
        panes.setOrientation(Orientation.HORIZONTAL);
        root.setTop(new VBox(verdict, legend));
        root.setCenter(panes);
        root.getStyleClass().add("diff-view");
    }

    Node node() {
        return root;
    }

    private static SqlCodeView side(DriftComparison comparison, boolean leftSide) {
        SqlCodeView view = new SqlCodeView();
        view.show(leftSide ? comparison.left() : comparison.right());
        List<DiffLine> lines = comparison.lines();
        view.lineNumbers(i -> gutter(lines, i, leftSide));
        for (int i = 0; i < lines.size(); i++) {
            DiffLine line = lines.get(i);
            if (line.isChange()) {
                boolean filler = (leftSide ? line.left() : line.right()) == null;
                view.area().setParagraphStyle(i, List.of(filler ? "diff-filler" : "diff-" + kindClass(line.kind())));
            }
        }
        view.area().getStyleClass().add(leftSide ? "diff-code-left" : "diff-code-right");
        return view;
    }

    private static Node gutter(List<DiffLine> lines, int index, boolean leftSide) {
        Label label = new Label();
        label.getStyleClass().add("lineno");
        if (index < lines.size()) {
            DiffLine line = lines.get(index);
            int number = leftSide ? line.leftNumber() : line.rightNumber();
            label.setText(number == 0 ? "      " : String.format("%5d ", number));
            if (line.isChange()) {
                label.getStyleClass().add("diff-gutter-changed");
            }
        }
        return label;
    }

    static String kindClass(DiffLine.Kind kind) {
        return switch (kind) {
            case SAME -> "same";
            case CHANGED -> "changed";
            case ADDED -> "added";
            case REMOVED -> "removed";
        };
    }

    private static Node titled(String title, SqlCodeView view, String styleClass) {
        // One line each, so both sides' first lines stay level; the whole title is in the tooltip.
        Label label = new Label(title);
        label.setTooltip(new javafx.scene.control.Tooltip(title));
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("diff-side-title");
        BorderPane pane = new BorderPane(view.node());
        pane.setTop(label);
        pane.getStyleClass().add(styleClass);
        return pane;
    }
}
