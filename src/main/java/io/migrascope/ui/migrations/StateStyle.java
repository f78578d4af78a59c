package io.migrascope.ui.migrations;

import io.migrascope.core.model.MigrationState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/**
 * How a state looks: its style class (whose colour the stylesheet defines once) and its glyph, so a
 * state is told by shape and name as well as by colour.
 */
public final class StateStyle {
    private static final Map<MigrationState, FontAwesome.Glyph> GLYPHS = new EnumMap<>(MigrationState.class);

    static {
        GLYPHS.put(MigrationState.APPLIED, FontAwesome.Glyph.CHECK);
        GLYPHS.put(MigrationState.PENDING, FontAwesome.Glyph.CLOCK_ALT);
        GLYPHS.put(MigrationState.OUT_OF_ORDER, FontAwesome.Glyph.RANDOM);
        GLYPHS.put(MigrationState.DRIFTED, FontAwesome.Glyph.PENCIL);
        GLYPHS.put(MigrationState.DRIFTED_COSMETIC, FontAwesome.Glyph.PAINT_BRUSH);
        GLYPHS.put(MigrationState.FAILED, FontAwesome.Glyph.TIMES_CIRCLE);
        GLYPHS.put(MigrationState.MISSING_FILE, FontAwesome.Glyph.QUESTION_CIRCLE);
        GLYPHS.put(MigrationState.DUPLICATE, FontAwesome.Glyph.COPY);
        GLYPHS.put(MigrationState.UNTRACKED, FontAwesome.Glyph.EYE_SLASH);
        GLYPHS.put(MigrationState.PARTIAL, FontAwesome.Glyph.ADJUST);
        GLYPHS.put(MigrationState.ROLLED_BACK, FontAwesome.Glyph.UNDO);
        GLYPHS.put(MigrationState.BASELINE, FontAwesome.Glyph.FLAG);
    }

    private StateStyle() {
    }

    /** {@code state-drifted-cosmetic} for DRIFTED_COSMETIC. */
    public static String styleClass(MigrationState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Glyph glyph(MigrationState state) {
        Glyph g = new Glyph("FontAwesome", GLYPHS.get(state));
        g.setFontSize(11);
        return g;
    }

    /** Every state's style class, to remove the old one when a cell is reused. */
    public static java.util.List<String> allStyleClasses() {
        return java.util.Arrays.stream(MigrationState.values()).map(StateStyle::styleClass).toList();
    }
}
