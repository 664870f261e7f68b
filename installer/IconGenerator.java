import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws installer/icons/normdesk.svg with Java2D at every size the installers need and writes the PNGs, the
 * Windows .ico and the macOS .icns (both holding PNG images). No ImageMagick or Inkscape needed:
 * {@code java installer/IconGenerator.java installer/icons}. Keep the shapes in step with the SVG.
 */
public final class IconGenerator {
    private static final Color BLUE = new Color(0x1f4e79);
    private static final Color FOLD = new Color(0xc9d6e3);
    private static final Color SEAL = new Color(0xc0392b);

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "installer/icons"));
        int[] pngSizes = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : pngSizes) {
            png.put(size, encode(draw(size)));
            Files.write(out.resolve("normdesk-" + size + ".png"), png.get(size));
        }
        // jpackage on Linux takes one PNG; 256 is what desktops scale from
        Files.write(out.resolve("normdesk.png"), png.get(256));
        Files.write(out.resolve("normdesk.ico"), ico(png, new int[]{16, 24, 32, 48, 64, 128, 256}));
        Files.write(out.resolve("normdesk.icns"), icns(png));
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0); // the SVG's viewBox
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 88, 88));
        Path2D page = new Path2D.Double();
        page.moveTo(64, 40);
        page.lineTo(160, 40);
        page.lineTo(196, 76);
        page.lineTo(196, 212);
        page.lineTo(64, 212);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(160, 40);
        fold.lineTo(160, 76);
        fold.lineTo(196, 76);
        fold.closePath();
        g.setColor(FOLD);
        g.fill(fold);
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(84, 96, 92, 10, 10, 10));
        g.fill(new RoundRectangle2D.Double(84, 120, 92, 10, 10, 10));
        g.fill(new RoundRectangle2D.Double(84, 144, 60, 10, 10, 10));
        g.setColor(SEAL);
        g.fill(new Ellipse2D.Double(178 - 44, 182 - 44, 88, 88));
        Path2D tick = new Path2D.Double();
        tick.moveTo(156, 182);
        tick.lineTo(172, 198);
        tick.lineTo(202, 166);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tick);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG entries (read by Windows Vista and later); little-endian header and directory. */
    static byte[] ico(Map<Integer, byte[]> png, int[] sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.u16(0);
        out.u16(1); // icon
        out.u16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            out.u8(size >= 256 ? 0 : size);
            out.u8(size >= 256 ? 0 : size);
            out.u8(0);
            out.u8(0);
            out.u16(1);
            out.u16(32);
            out.u32(png.get(size).length);
            out.u32(offset);
            offset += png.get(size).length;
        }
        for (int size : sizes) {
            bytes.write(png.get(size));
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries; big-endian, each entry a type and its length including the 8-byte header. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (var type : types.entrySet()) {
            byte[] image = png.get(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void u8(int v) {
            out.write(v & 0xff);
        }

        void u16(int v) {
            u8(v);
            u8(v >> 8);
        }

        void u32(int v) {
            u16(v);
            u16(v >> 16);
        }
    }
}
