namespace MmmFixtures;

/// <summary>The file format(s) an export writes its tables in; JSON files (truth, manifest, loader arguments) are JSON in every format.</summary>
public enum ExportFormat
{
    /// <summary>CSV only (the default).</summary>
    Csv,
    /// <summary>Parquet only.</summary>
    Parquet,
    /// <summary>Both, each table once in each format.</summary>
    Both,
}
