package io.migrascope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG contrast of the stylesheet's colour variables, computed from the stylesheet the app loads,
 * in both themes: every state badge's text on its colour, body and muted text, the filter's prompt
 * text on an input field, and a row left selected when the table loses focus. AA for normal text is 4.5:1.
 */
class ThemeContrastTest {
    private static final double AA = 4.5;
    private static final Pattern VARIABLE = Pattern.compile("(-ms-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void everyPairOfTextAndBackgroundIsReadableInBothThemes() throws IOException {
        String css = stylesheet();
        List<String> tooFaint = new ArrayList<>();
        for (String theme : List.of(".root {", ".root.theme-dark {")) {
            Map<String, String> colours = variables(css, theme);
            for (MigrationState state : MigrationState.values()) {
                String name = state.name().toLowerCase(Locale.ROOT).replace('_', '-');
                check(tooFaint, theme, colours, "-ms-on-state-" + name, "-ms-state-" + name);
            }
            check(tooFaint, theme, colours, "-ms-text", "-ms-page");
            check(tooFaint, theme, colours, "-ms-text-muted", "-ms-page");
            check(tooFaint, theme, colours, "-ms-text-muted", "-ms-panel");
            check(tooFaint, theme, colours, "-ms-text-muted", "-ms-input");
            check(tooFaint, theme, colours, "-ms-text", "-ms-selection-unfocused");
            check(tooFaint, theme, colours, "-ms-on-danger", "-ms-danger");
        }
        assertEquals(List.of(), tooFaint, "pairs under " + AA + ":1");
    }

    @Test
    void theRulesUseThoseVariables() throws IOException {
        String css = stylesheet();
        assertTrue(css.contains(".text-input { -fx-prompt-text-fill: -ms-text-muted; }"), "the filter's prompt text");
        assertTrue(css.contains("-fx-selection-bar-non-focused: -ms-selection-unfocused;"), "the unfocused selection");
        assertTrue(css.contains("-fx-control-inner-background: -ms-input;"), "the input fields");
    }

    @Test
    void theFormulaMatchesKnownRatios() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, ratio("#767676", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#3b4a61", "#3b4a61"), 0.001);
    }

    private static void check(List<String> tooFaint, String theme, Map<String, String> colours, String text, String background) {
        String fg = colours.get(text);
        String bg = colours.get(background);
        if (fg == null || bg == null) {
            tooFaint.add(theme + " does not define " + (fg == null ? text : background));
            return;
        }
        double r = ratio(fg, bg);
        if (r < AA) {
            tooFaint.add(String.format(Locale.ROOT, "%s %s %s on %s %s: %.2f", theme, text, fg, background, bg, r));
        }
    }

    /** The variables of one theme block; the dark block inherits what it does not redefine. */
    private static Map<String, String> variables(String css, String selector) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (!selector.equals(".root {")) {
            vars.putAll(variables(css, ".root {"));
        }
        int start = css.indexOf(selector);
        assertTrue(start >= 0, "the stylesheet has a " + selector + " block");
        Matcher m = VARIABLE.matcher(css.substring(start, css.indexOf('}', start)));
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.x relative luminance of an sRGB #rrggbb colour. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/io/migrascope/ui/theme/migrascope.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
