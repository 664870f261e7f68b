package org.normdesk.cli;

import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A plain start of the desktop app ({@code normdesk}, {@code --data-dir DIR}, {@code --lang zh|en}, {@code --smoke},
 * a double-clicked file), recognised without building picocli's model of every subcommand: that model reads the
 * annotations of some thirty command classes by reflection, which on an office PC is a noticeable part of the time
 * before the window appears. Anything else (a subcommand, help, another option, a malformed option) is left to
 * picocli, so its answers and error messages stay the only ones.
 *
 * @param dataDir    {@code --data-dir}, or null
 * @param language   {@code --lang}, or null
 * @param smoke      {@code --smoke}
 * @param fileToOpen the file the app was asked to open, or null
 */
record DesktopStart(Path dataDir, String language, boolean smoke, Path fileToOpen) {

    /** The desktop start {@code args} asks for, or null when they are for picocli to read. */
    static DesktopStart parse(String... args) {
        Path dataDir = null;
        String language = null;
        boolean smoke = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.equals("--smoke") && !smoke) {
                smoke = true;
            } else if ((value = valueOf("--data-dir", args, i)) != null && dataDir == null) {
                dataDir = Path.of(value);
                i += arg.contains("=") ? 0 : 1;
            } else if ((value = valueOf("--lang", args, i)) != null && language == null) {
                language = value;
                i += arg.contains("=") ? 0 : 1;
            } else if (file == null && !arg.isEmpty() && !arg.startsWith("-") && !subcommandNames().contains(arg)) {
                file = Path.of(arg);
            } else {
                return null;
            }
        }
        return new DesktopStart(dataDir, language, smoke, file);
    }

    /** The value of {@code name} at {@code args[i]} ({@code --name value} or {@code --name=value}), else null. */
    private static String valueOf(String name, String[] args, int i) {
        String arg = args[i];
        if (arg.startsWith(name + "=")) {
            String value = arg.substring(name.length() + 1);
            return value.isEmpty() ? null : value;
        }
        if (arg.equals(name) && i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].isEmpty()) {
            return args[i + 1];
        }
        return null;
    }

    /** The names and aliases of the root command's subcommands, read from their annotations only. */
    static Set<String> subcommandNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> sub : NormDeskCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            if (command != null) {
                names.add(command.name());
                names.addAll(java.util.List.of(command.aliases()));
            }
        }
        return names;
    }
}
