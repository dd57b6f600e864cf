namespace MmmFixtures.Mmm;

/// <summary>Where generation puts each block of geos it generated (on the generating thread, blocks in any order).</summary>
internal interface IGeoBlockSink
{
    /// <summary>
    /// The signal (spend or exposure, what the transform runs on) of channel <paramref name="channel"/> in each geo of the
    /// block, one series per geo, once the channel's transforms are drawn; the block's <see cref="GeoBlock.Scratch"/> and
    /// <see cref="GeoBlock.Gathered"/> are the sink's to use during the call.
    /// </summary>
    void Signals(GeoBlock block, int channel, double[][] signal);

    /// <summary>Every column of the block (<see cref="GeoBlock.Values"/>), once it is generated.</summary>
    void Rows(GeoBlock block);

    /// <summary>A block generation is done with (every block is): the sink may keep its buffers.</summary>
    void Retire(GeoBlock block);
}
