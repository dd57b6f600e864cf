using MmmFixtures.Media;

namespace MmmFixtures.Mmm;

/// <summary>Where generation puts each block of geos it generated (on the generating thread, blocks in any order).</summary>
internal interface IGeoBlockSink
{
    /// <summary>
    /// The response curve of channel <paramref name="channel"/> in each geo of the block, prepared from the signal as the
    /// contribution was generated; their series are the block's scratch and <see cref="GeoBlock.Gathered"/> is the sink's
    /// to use (both valid during the call only).
    /// </summary>
    void Curves(GeoBlock block, int channel, MediaResponse[] curves);

    /// <summary>Every column of the block (<see cref="GeoBlock.Values"/>), once it is generated.</summary>
    void Rows(GeoBlock block);

    /// <summary>A block generation is done with (every block is): the sink may keep its buffers.</summary>
    void Retire(GeoBlock block);
}
