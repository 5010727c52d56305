/**
 * The {@code ./seedcompat} command line (picocli): {@code sample}, {@code reference}, {@code check}
 * (JSON lines with bit patterns in hex: a public contract, extended, never broken), {@code verify},
 * {@code generate}, {@code report}, {@code fuzz}, {@code bridge}. {@code ErrorHandler} turns every
 * failure into a message naming the cause and the fix and an exit code; no Java exception reaches
 * the user.
 *
 * <p>Notes for developers: a command is one class registered in {@code Main}; its output goes
 * through {@code Output}; files are written through the report package's atomic writer.
 */
package org.seedcompat.harness.cli;
