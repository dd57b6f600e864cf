using System.Collections.Generic;

namespace MmmFixtures.Export;

/// <summary>
/// One table being written into an export, in the export's format: workers write rows into chunks
/// (<see cref="NewChunk"/>), one thread appends the detached content in row order, and <see cref="Complete"/>
/// commits the file(s). Create it with <see cref="ExportFolder.OpenTable"/>.
/// </summary>
internal abstract class TableFile : System.IDisposable
{
    /// <summary>Creates the table's file(s).</summary>
    protected TableFile(TableSchema schema) => Schema = schema;

    /// <summary>The table's name and columns.</summary>
    public TableSchema Schema { get; }

    /// <summary>A chunk to write rows into; call from any thread, one chunk per thread.</summary>
    public abstract TableChunk NewChunk();

    /// <summary>
    /// Does, before <see cref="Append"/> and on another thread, the part of appending that needs no file: a CSV file
    /// hashes the content's bytes into its SHA-256, so the thread that appends only writes. Optional; call for one
    /// content at a time, in row order (the order of <see cref="Append"/>).
    /// </summary>
    public virtual void HashAhead(TableContent content)
    {
        // Nothing by default: a Parquet file's bytes only exist once Append has encoded them.
    }

    /// <summary>Appends content detached from a chunk of this table; call from one thread, in row order.</summary>
    public abstract void Append(TableContent content);

    /// <summary>Flushes the file(s) to disk and returns them with their row counts.</summary>
    public abstract IReadOnlyList<ExportedFile> Complete();

    /// <summary>Abandons an uncompleted table (its files go with the staging folder).</summary>
    public abstract void Dispose();
}
