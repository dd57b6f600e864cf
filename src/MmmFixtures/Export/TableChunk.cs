using System;

namespace MmmFixtures.Export;

/// <summary>
/// Rows of one table written by one worker thread, detached piece by piece (<see cref="Detach"/>) and appended in
/// order to the table's file by one thread (<see cref="TableFile.Append"/>). This is how a family that generates
/// on several threads writes each table once, in a deterministic row order, in any format.
/// </summary>
internal abstract class TableChunk : TableRows, IDisposable
{
    /// <summary>The rows written since the last detach, ready to append; the chunk goes on collecting new rows.</summary>
    public abstract TableContent Detach();

    /// <summary>Releases the chunk's buffers.</summary>
    public abstract void Dispose();
}

/// <summary>Rows detached from a <see cref="TableChunk"/>, in the format of the file they are appended to.</summary>
internal abstract class TableContent
{
    /// <summary>Creates content holding <paramref name="rows"/> rows.</summary>
    protected TableContent(long rows) => Rows = rows;

    /// <summary>The rows it holds.</summary>
    public long Rows { get; }
}
