package org.normdesk.cli;

import picocli.CommandLine;

/** The version written into the jar manifest by Maven, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = NormDeskCommand.class.getPackage().getImplementationVersion();
        return new String[]{"NormDesk " + (version == null ? "development" : version)};
    }
}
