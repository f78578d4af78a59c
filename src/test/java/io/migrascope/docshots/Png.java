package io.migrascope.docshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * A node as PNG, drawn by JavaFX itself (a snapshot, so what the scene shows, with its stylesheets).
 * Without javafx-swing, which is not on the class path: the pixels are copied into an AWT image.
 */
final class Png {
    private Png() {
    }

    static void write(FxRobot robot, Node node, Path file) throws IOException {
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
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
