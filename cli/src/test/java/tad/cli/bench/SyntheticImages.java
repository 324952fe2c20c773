package tad.cli.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A fixed pool of distinct JPEGs the size of an Instagram feed image (480×600, like the sample city's), drawn
 * from a seeded generator so every run serves the same bytes. Each image URL maps onto one of them.
 */
final class SyntheticImages {
    static final int WIDTH = 480;
    static final int HEIGHT = 600;

    private final List<byte[]> pool;

    private SyntheticImages(List<byte[]> pool) {
        this.pool = pool;
    }

    static SyntheticImages generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> pool = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pool.add(jpeg(draw(random)));
        }
        return new SyntheticImages(List.copyOf(pool));
    }

    /** The image for a name: the same name always gets the same bytes. */
    byte[] forName(String name) {
        return pool.get(Math.floorMod(name.hashCode(), pool.size()));
    }

    private static BufferedImage draw(SplittableRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(200 + random.nextInt(56), 170 + random.nextInt(60), 140 + random.nextInt(60)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160));
                int x = random.nextInt(WIDTH);
                int y = random.nextInt(HEIGHT);
                g.fillOval(x - 40, y - 40, 20 + random.nextInt(120), 20 + random.nextInt(120));
                g.drawLine(x, y, random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpeg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
