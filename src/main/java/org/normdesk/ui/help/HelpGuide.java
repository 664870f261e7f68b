package org.normdesk.ui.help;

import org.normdesk.service.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The offline user guide: {@code /help/guide.zh.md} or {@code guide.en.md}, a small Markdown subset read into
 * chapters. {@code # } starts a chapter, {@code ## } a heading inside it, {@code - } a list item,
 * {@code ![caption](img/name.png)} a screenshot (under {@code /help/}); other lines join into paragraphs, which an
 * empty line ends. Kept this small so it renders in plain JavaFX text, without a web view.
 */
public record HelpGuide(List<Chapter> chapters) {

    public record Chapter(String title, List<Block> blocks) {
    }

    public sealed interface Block permits Heading, Paragraph, Item, Picture {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Item(String text) implements Block {
    }

    /** @param resource absolute resource path of the image */
    public record Picture(String resource, String caption) implements Block {
    }

    /** The guide in the language of {@code messages}: English for English, else Chinese. */
    public static HelpGuide load(Messages messages) {
        String language = messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "zh";
        String resource = "/help/guide." + language + ".md";
        try (InputStream in = HelpGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + resource + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HelpGuide parse(String markdown) {
        List<Chapter> chapters = new ArrayList<>();
        List<Block> blocks = null;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\r?\n", -1)) {
            String line = raw.strip();
            boolean special = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || line.startsWith("![");
            if (special && paragraph.length() > 0 && blocks != null) {
                blocks.add(new Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (line.startsWith("# ")) {
                blocks = new ArrayList<>();
                chapters.add(new Chapter(line.substring(2).strip(), blocks));
            } else if (blocks == null || line.isEmpty()) {
                continue; // text before the first chapter is not shown
            } else if (line.startsWith("## ")) {
                blocks.add(new Heading(line.substring(3).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(new Item(line.substring(2).strip()));
            } else if (line.startsWith("![") && line.contains("](") && line.endsWith(")")) {
                int close = line.indexOf("](");
                String path = line.substring(close + 2, line.length() - 1).strip();
                blocks.add(new Picture("/help/" + path, line.substring(2, close).strip()));
            } else {
                // Chinese lines join without a space; English ones with one
                if (paragraph.length() > 0 && !isCjk(paragraph.charAt(paragraph.length() - 1))) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        if (paragraph.length() > 0 && blocks != null) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        return new HelpGuide(List.copyOf(chapters));
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef');
    }
}
