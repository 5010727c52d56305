/**
 * The golden-vector store: the outputs the real Python libraries produced for each case,
 * kept on disk so the JVM implementation can be checked without Python installed.
 *
 * <h2>On-disk layout (format 1)</h2>
 * <pre>
 * vectors/manifest.json          pretty-printed, keys in a fixed order:
 *   {"format":1, "tool":"seedcompat", "generated":"2024-05-01T12:00:00Z",
 *    "suites":[{"name":"numpy-legacy", "archive":"numpy-legacy.tar.xz",
 *               "sha256":"&lt;hex of the archive bytes&gt;", "cases":42, "fingerprint":{...}}]}
 * vectors/&lt;suite&gt;.tar.xz           xz-compressed tar, one regular-file entry per case, in case order:
 *   cases/&lt;5-digit index&gt;-&lt;slug&gt;.json
 *     {"id":..., "setup":..., "calls":[...], "setup_error":{...} (absent if none),
 *      "outputs":[{...}, ...], "sha256":"&lt;see GoldenCase#computeSha256()&gt;"}
 * </pre>
 * Everything else under {@code vectors/} (catalogs, READMEs, sub-directories) belongs to other
 * tools and is never read, written or deleted here, except top-level {@code <suite>.tar.xz}
 * archives and this store's own {@code .<name>.tmp-<hex>} temporary files.
 *
 * <p>Archives are deterministic (fixed entry order, mtime 0, uid/gid 0, mode 0644, no user or
 * group names, fixed xz preset), so regenerating identical content gives byte-identical files and
 * no spurious diffs under version control.
 *
 * <p>Reading treats the files as untrusted: sizes, entry names and entry types are checked before
 * anything is unpacked, and every problem is reported as a {@link
 * org.seedcompat.harness.vectors.VectorStoreException} naming the file, the entry, the cause and
 * the fix. Writing is atomic per file (temp file, fsync, atomic rename) with the manifest renamed
 * last.
 */
package org.seedcompat.harness.vectors;
