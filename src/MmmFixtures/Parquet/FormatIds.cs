#if NET
namespace MmmFixtures.Parquet;

// The enum values parquet.thrift defines (only those these files use).

/// <summary>Parquet's physical types (<c>Type</c>).</summary>
internal enum PhysicalType
{
    /// <summary>4-byte little-endian integers (DATE).</summary>
    Int32 = 1,
    /// <summary>8-byte little-endian integers (INT64, TIMESTAMP).</summary>
    Int64 = 2,
    /// <summary>IEEE 754 doubles, little-endian.</summary>
    Double = 5,
    /// <summary>Length-prefixed bytes (UTF-8 strings).</summary>
    ByteArray = 6,
}

/// <summary>Parquet's value and level encodings (<c>Encoding</c>).</summary>
internal enum ValueEncoding
{
    /// <summary>Values back to back; a byte array as a 4-byte length and its bytes.</summary>
    Plain = 0,
    /// <summary>The RLE / bit-packing hybrid (levels).</summary>
    Rle = 3,
}

/// <summary>Parquet's page compression codecs (<c>CompressionCodec</c>).</summary>
internal enum CompressionCodec
{
    /// <summary>Pages stored as they are.</summary>
    Uncompressed = 0,
    /// <summary>Pages compressed as Snappy blocks.</summary>
    Snappy = 1,
}

/// <summary>Parquet's page types (<c>PageType</c>).</summary>
internal enum PageType
{
    /// <summary>A data page, version 1: levels and values.</summary>
    DataPage = 0,
}
#endif
