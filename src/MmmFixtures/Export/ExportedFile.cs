namespace MmmFixtures.Export;

/// <summary>A file an export wrote: its name within the export folder, its size and its SHA-256 (lower-case hex).</summary>
/// <param name="Name">File name relative to the export folder, with forward slashes.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, 64 lower-case hex digits.</param>
/// <param name="Rows">Data rows (excluding the header) for tables; null for other files.</param>
public sealed record ExportedFile(string Name, long Bytes, string Sha256, long? Rows = null);
