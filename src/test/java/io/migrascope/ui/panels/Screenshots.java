package io.migrascope.ui.panels;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * PNG screenshots of views under test, in {@code target/screenshots/}. Written without
 * javafx-swing (not on the classpath): the pixels are copied into an AWT image by hand.
 */
public final class Screenshots {
    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Saves a snapshot of {@code node}, styled by the console's stylesheet. */
    public static Path save(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            java.net.URL main = Screenshots.class.getResource(io.migrascope.ui.action.DialogStages.STYLESHEET);
            if (main != null && !node.getScene().getStylesheets().contains(main.toExternalForm())) {
                node.getScene().getStylesheets().add(0, main.toExternalForm());
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
