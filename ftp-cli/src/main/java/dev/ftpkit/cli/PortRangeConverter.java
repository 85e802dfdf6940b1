package dev.ftpkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@code --passive-ports FIRST-LAST} and report a bad range as a usage error. */
final class PortRangeConverter implements ITypeConverter<PortRange> {

    @Override
    public PortRange convert(String value) {
        try {
            return PortRange.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
